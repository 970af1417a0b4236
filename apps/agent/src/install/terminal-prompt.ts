import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";

/** Questions to the administrator running install: plain answers, and secrets typed without echo. */
export type TPrompt = {
  /** The answer, or `fallback` when Enter alone is pressed. */
  text(question: string, fallback?: string): Promise<string>;
  secret(question: string): Promise<string>;
};

/** Runs `ask` with a prompt on this terminal, closed afterwards. */
export async function withTerminalPrompt<T>(ask: (prompt: TPrompt) => Promise<T>): Promise<T> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stdout.write(chunk);
      done();
    },
  });
  const rl = createInterface({ input: process.stdin, output, terminal: true });
  try {
    return await ask({
      async text(question, fallback) {
        const answer = await rl.question(fallback ? `${question} [${fallback}]: ` : `${question}: `);
        return answer || fallback || "";
      },
      async secret(question) {
        process.stdout.write(`${question}: `);
        muted = true;
        try {
          return await rl.question("");
        } finally {
          muted = false;
          process.stdout.write("\n");
        }
      },
    });
  } finally {
    rl.close();
  }
}
