/**
 * npm run smtp:catcher [-- --port 2525]: a local mail server for development that accepts
 * every message and prints it, so alert e-mails can be seen without a real SMTP server.
 * Point the portal at it with SMTP_URL=smtp://127.0.0.1:2525.
 */
import { SMTPServer } from "smtp-server";

const portFlag = process.argv.indexOf("--port");
const port = Number(portFlag >= 0 ? process.argv[portFlag + 1] : 2525);

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS"],
  onData(stream, session, callback) {
    let body = "";
    stream.on("data", (chunk: Buffer) => (body += chunk.toString()));
    stream.on("end", () => {
      const to = session.envelope.rcptTo.map((r) => r.address).join(", ");
      console.log(`--- mail to ${to} at ${new Date().toISOString()}\n${body}\n`);
      callback();
    });
  },
});
server.listen(port, "127.0.0.1", () => console.log(`SMTP catcher on smtp://127.0.0.1:${port}`));
