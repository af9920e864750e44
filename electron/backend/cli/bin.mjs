#!/usr/bin/env node
// The `sovon` command. TypeScript runs through tsx so a fresh clone needs no build step.
import { register } from 'tsx/esm/api';

// `sovon ... | head` closes the pipe early: that is the reader's choice, not an error
process.stdout.on('error', (e) => { if (e.code === 'EPIPE') process.exit(0); throw e; });

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
