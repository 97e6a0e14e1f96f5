import { useId } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import { AUDIENCES, type Audience } from '../../report';

export const ROLE_KEYS: Record<Audience, string> = {
  participant: 'ui_role_participant',
  host: 'ui_role_host',
  organisation: 'ui_role_organisation',
};

interface RoleSelectorProps {
  lang: Lang;
  legend: string;
  role: Audience;
  onChange: (role: Audience) => void;
  /** Set by the organisation: shown, not changeable. */
  disabled?: boolean;
  /** Id of the element that explains why it is disabled. */
  describedBy?: string;
}

/** Native radios: arrow keys move within the group, Tab leaves it, with no extra script. */
export function RoleSelector({ lang, legend, role, onChange, disabled, describedBy }: RoleSelectorProps) {
  const name = useId();
  return (
    <fieldset class="role-selector" disabled={disabled} aria-describedby={describedBy}>
      <legend>{legend}</legend>
      {AUDIENCES.map((audience) => (
        <label key={audience} class="role-selector__option">
          <input
            type="radio"
            name={name}
            value={audience}
            checked={audience === role}
            onChange={() => onChange(audience)}
          />
          <span>{t(lang, ROLE_KEYS[audience])}</span>
        </label>
      ))}
    </fieldset>
  );
}
