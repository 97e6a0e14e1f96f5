export const ENTERPRISE_KEY: string;
export const ENTERPRISE_ID: string;
export function extensionIdFromKey(base64Key: string): string;
