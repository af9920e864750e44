import type { FuseConfig } from '@electron/fuses';

export interface PackContext {
  appOutDir: string;
  electronPlatformName: string;
  packager: { appInfo: { productFilename: string }; executableName?: string };
}
export const FUSES: Readonly<FuseConfig>;
export function packagedBinary(context: PackContext): string;
export function fuseConfig(platform: string): FuseConfig;
export default function afterPack(context: PackContext, flip?: (binary: string, config: FuseConfig) => Promise<unknown>): Promise<void>;
