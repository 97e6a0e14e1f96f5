export function generateManagedSchema(): Promise<string>;
