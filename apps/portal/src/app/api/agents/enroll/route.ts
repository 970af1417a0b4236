import { z } from "zod";
import { enrollAgent } from "@/server/agent-link/enroll-agent.ts";
import { readJsonBody } from "@/server/platform/http/read-json-body.ts";
import { publicApiHandler } from "@/server/platform/http/public-api-handler.ts";
import { parseInput } from "@/server/platform/errors/parse-input.ts";

// The agent's installer calls this once with the code staff gave it; the code is the authority.
const ZBody = z.object({ code: z.string(), hostname: z.string(), agentVersion: z.string() });

export const POST = publicApiHandler(async ({ request, clientAddress }) => {
  const body = parseInput({ schema: ZBody, input: await readJsonBody(request) });
  return { status: 201, body: await enrollAgent({ ...body, clientAddress }) };
});
