import { useId, useRef, useState } from 'preact/hooks';
import { type Lang, t } from '../../i18n';
import { toInstanceOrigin } from '../../policy/instances';
import {
  addUserInstance,
  type InstancesView,
  removeUserInstance,
  requestAccess,
  revokeAccess,
  useInstances,
} from './use-instances';

interface AccessProps {
  lang: Lang;
  origin: string;
  granted: boolean | undefined;
  onGrant: (origin: string) => void;
}

function AccessState({ lang, origin, granted, onGrant }: AccessProps) {
  if (granted === undefined) return null;
  if (granted)
    return (
      <span class="instance__access instance__access--granted">{t(lang, 'ui_options_instanceGranted')}</span>
    );
  return (
    <>
      <span class="instance__access instance__access--missing">{t(lang, 'ui_options_instanceMissing')}</span>
      <button type="button" class="button" onClick={() => onGrant(origin)}>
        {t(lang, 'ui_options_instanceGrant')}
        <span class="visually-hidden"> {origin}</span>
      </button>
    </>
  );
}

interface ListProps {
  lang: Lang;
  view: InstancesView;
  onGrant: (origin: string) => void;
}

function PolicyInstances({ lang, view, onGrant }: ListProps) {
  if (view.policy.length === 0 && view.policyErrors.length === 0) return null;
  return (
    <>
      <h3>{t(lang, 'ui_options_instancesPolicy')}</h3>
      {view.policyErrors.length > 0 && (
        <div class="notice">
          <p>{t(lang, 'ui_options_instancePolicyErrors')}</p>
          <ul>
            {view.policyErrors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
      {view.policy.length > 0 && (
        <ul class="instances">
          {view.policy.map((origin) => (
            <li key={origin} class="instance instance--policy">
              <span class="instance__origin">{origin}</span>
              <span class="tag">{t(lang, 'ui_options_instancePolicyMarker')}</span>
              <AccessState lang={lang} origin={origin} granted={view.access[origin]} onGrant={onGrant} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/** Self-hosted Jitsi, BigBlueButton, Nextcloud Talk or OpenTalk: the user's list plus the policy's. */
export function InstancesSection({ lang }: { lang: Lang }) {
  const [view, reload] = useInstances();
  const [address, setAddress] = useState('');
  const [error, setError] = useState('');
  const [status, setStatus] = useState('');
  const inputId = useId();
  const errorId = useId();
  const yoursHeading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);

  const submit = (event: Event) => {
    event.preventDefault();
    // Read the field itself: the submit may come before the last keystroke's re-render.
    const origin = toInstanceOrigin(field.current?.value ?? address);
    if (!origin) {
      setError(t(lang, 'ui_options_instanceInvalid'));
      setStatus('');
      return;
    }
    setError('');
    if (view?.user.includes(origin)) {
      setStatus(t(lang, 'ui_options_instanceDuplicate', origin));
      return;
    }
    if (view?.policy.includes(origin)) {
      setStatus(t(lang, 'ui_options_instanceDuplicatePolicy', origin));
      return;
    }
    // The permission prompt needs the user gesture: nothing may be awaited before this call.
    const granted = requestAccess(origin);
    void granted.then(async (ok) => {
      if (!ok) {
        setStatus(t(lang, 'ui_options_instanceDenied'));
        return;
      }
      try {
        const added = await addUserInstance(origin);
        setAddress('');
        setStatus(t(lang, added ? 'ui_options_instanceAdded' : 'ui_options_instanceDuplicate', origin));
      } catch {
        setStatus(t(lang, 'ui_options_saveFailed'));
      }
      await reload();
    });
  };

  const grant = (origin: string) => {
    void requestAccess(origin).then(async (ok) => {
      setStatus(t(lang, ok ? 'ui_options_instanceGrantedStatus' : 'ui_options_instanceGrantDenied', origin));
      await reload();
    });
  };

  const remove = async (origin: string) => {
    // The organisation's list still needs the permission when it names the same origin.
    const revoked = view?.policy.includes(origin) ? Promise.resolve(false) : revokeAccess(origin);
    try {
      await removeUserInstance(origin);
      setStatus(t(lang, 'ui_options_instanceRemoved', origin));
    } catch {
      setStatus(t(lang, 'ui_options_saveFailed'));
    }
    await revoked;
    await reload();
    // The focused button is gone with its entry; keep keyboard users in the list.
    yoursHeading.current?.focus();
  };

  return (
    <section aria-labelledby="instances-heading">
      <h2 id="instances-heading">{t(lang, 'ui_options_instancesHeading')}</h2>
      <p>{t(lang, 'ui_options_instancesHelp')}</p>
      {view?.locked && (
        <p class="setting-source setting-source--locked">{t(lang, 'ui_options_instancesLocked')}</p>
      )}
      <form class="instance-form" onSubmit={submit} noValidate hidden={view?.locked}>
        <label for={inputId}>{t(lang, 'ui_options_instanceLabel')}</label>
        <div class="instance-form__row">
          <input
            ref={field}
            id={inputId}
            type="text"
            inputMode="url"
            autoComplete="url"
            spellcheck={false}
            placeholder={t(lang, 'ui_options_instancePlaceholder')}
            value={address}
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={error ? errorId : undefined}
            onInput={(event) => setAddress(event.currentTarget.value)}
          />
          <button type="submit" class="button">
            {t(lang, 'ui_options_instanceAdd')}
          </button>
        </div>
        {error && (
          <p id={errorId} class="field-error" role="alert">
            {error}
          </p>
        )}
      </form>
      <p class="muted instances-status" role="status" aria-live="polite">
        {status}
      </p>
      <h3 ref={yoursHeading} tabIndex={-1}>
        {t(lang, 'ui_options_instancesYours')}
      </h3>
      {view &&
        (view.user.length === 0 ? (
          <p class="muted">{t(lang, 'ui_options_instancesNone')}</p>
        ) : (
          <ul class="instances">
            {view.user.map((origin) => (
              <li key={origin} class="instance instance--user">
                <span class="instance__origin">{origin}</span>
                <AccessState lang={lang} origin={origin} granted={view.access[origin]} onGrant={grant} />
                <button type="button" class="button" onClick={() => void remove(origin)}>
                  {t(lang, 'ui_options_instanceRemove')}
                  <span class="visually-hidden"> {origin}</span>
                </button>
              </li>
            ))}
          </ul>
        ))}
      {view && <PolicyInstances lang={lang} view={view} onGrant={grant} />}
    </section>
  );
}
