// The public key that gives the enterprise/test build (dist/enterprise) a stable Chromium extension id.
// Chromium derives an extension's id from its public key: the first 128 bits of SHA-256 of the key (DER,
// SubjectPublicKeyInfo), written with the letters a–p. Only the public key is here; the private key
// was not kept, because an unpacked build needs none. Store builds never carry this key: the Chrome Web
// Store and Edge Add-ons assign their own ids (docs/admin.md, "Extension ids").
import { createHash } from 'node:crypto';

export const ENTERPRISE_KEY =
  'MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAjqnJBT/ktrnUPJPduXjcHmSaMAJ/Mhl+WxkdySskCSG7OueD3itx6v5C6TB4CS1PlrBTzXYBNyCu02fCbFbZJrnhBO0Fg6GjOk70Dm4Ey2hZJnwW378WgRr6ni3d0349cgkBs6hF9DD0x9CeCIMXHjdfmNKSIBLkWkJvro2h2hBBJmVSnaK75WeqNRJspDacc6xR7Bk2gK4btiRQtkhz2YBrSc3M+Zu5SCMfsXAshQkKrG4p6TWw0eTYAT2ec0WtlWdOXbgC/VBoZWEST3n1CiU9qdRL2wEc8QLlLQqCZZQgGAHA9hzlNkIlunM7YK3BNdTb+clg0Nnjmi1G2TxuCwIDAQAB';

/** The extension id Chromium gives a manifest with this `key`. */
export function extensionIdFromKey(base64Key) {
  const hex = createHash('sha256').update(Buffer.from(base64Key, 'base64')).digest('hex').slice(0, 32);
  return [...hex].map((digit) => String.fromCharCode(97 + Number.parseInt(digit, 16))).join('');
}

export const ENTERPRISE_ID = extensionIdFromKey(ENTERPRISE_KEY);
