export function electronBinary(root: string): string | null;
export function electronBindingPath(root: string): string;
export function prepareElectron(root: string): string | null;
