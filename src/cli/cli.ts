import { runCli } from './runCli.ts';
import { runCommand, tasks, usage } from './commands.ts';

const command = process.argv[2] ?? '';

// Vite and Workbox may leave handles open after a build: end the process once the command is done.
// The preview runs until it is stopped, and a stray error in it must not end it.
runCli({ usage, task: tasks[command] ?? 'The command', main: runCommand, exitWhenDone: true, survive: command === 'dev' });
