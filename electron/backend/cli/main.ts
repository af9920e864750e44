// `sovon`: the book from the command line. A stable contract for tests and automation:
// results on stdout (JSON with --json), errors in Vietnamese on stderr with a non-zero exit.
import { UserError, asUserError } from '../user-error';
import { commands } from './commands';
import { type CliIo, parse, processIo } from './cli-io';
import { setLockApp } from '../book/lock';
import { CLI } from '../../../shared/i18n/cli';
import { USAGE } from './usage';

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(argv);
  } catch (e) {
    io.err(argsError(e as Error & { code?: string }));
    return 2;
  }
  const [name, ...rest] = parsed.positionals;
  if (parsed.values.help || !name) {
    io.out(USAGE);
    return name || parsed.values.help ? 0 : 2;
  }
  const command = commands[name];
  if (!command) {
    io.err(CLI.unknownCommand(name, USAGE));
    return 2;
  }
  setLockApp(`sovon ${name}`); // who holds the book, as another window is told
  try {
    return await command(rest, parsed.values, io);
  } catch (e) {
    const user = asUserError(e);
    if (user instanceof UserError) {
      io.err(CLI.failed(user.message, user.code === 'confirmNegative'));
      return 1;
    }
    io.err(CLI.unexpected((e as Error).stack ?? String(e)));
    return 70;
  }
}

/** parseArgs's refusal in Vietnamese where it names the option (its own text is English). */
function argsError(e: Error & { code?: string }): string {
  const option = /'(-[^' <]*)/.exec(e.message)?.[1];
  if (option && e.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') return CLI.unknownOption(option, USAGE);
  if (option && e.code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') return CLI.optionNeedsValue(option, USAGE);
  return CLI.badArgs(e.message, USAGE);
}
