// Preloaded into a process under test (`node --require`): when the process exits, writes the CPU time its main
// thread used, in milliseconds, to the file LP_CPU_USAGE_FILE names. Budgets count the work done, not the waiting
// that other programs on a busy machine add to the wall time; the main thread alone, because the garbage
// collector's helper threads run beside it, on other cores, and add nothing to the wall time of an idle machine.
const fs = require('node:fs');

const file = process.env.LP_CPU_USAGE_FILE;

function mainThreadMs() {
  try {
    // utime and stime, in clock ticks (1/100 s on Linux), follow the command name in parentheses.
    const fields = fs.readFileSync(`/proc/self/task/${process.pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
}

if (file) {
  process.on('exit', () => {
    try {
      fs.writeFileSync(file, String(mainThreadMs()));
    } catch {
      // A process running as another user may not write there: its time is then unknown, and nothing else changes.
    }
  });
}
