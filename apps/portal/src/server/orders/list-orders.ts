import { z } from "zod";
import type { Prisma } from "../../generated/prisma/client.ts";
import type { TActor } from "../platform/auth/actor.ts";
import { requireStaff } from "../platform/auth/company-scope.ts";
import { getDb } from "../platform/database/db.ts";
import { parseInput } from "../platform/errors/parse-input.ts";
import { ERROR_QUEUE_STATES } from "./count-failed-orders.ts";

const ZFilters = z.object({
  companyId: z.uuid().optional(),
  status: z.string().max(50).optional(),
  erpState: z.enum(["IDLE", "PENDING", "FAILED", "AWAITING_ERP", "HELD"]).optional(),
  /** Only the error queue (refused or held), whatever erpState says. */
  errorQueue: z.boolean().optional(),
  search: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
});

/** Orders for staff, newest first, filtered by client, status, ERP state (or the error queue) or a number. */
export async function listOrders(options: { actor: TActor; filters: unknown }) {
  requireStaff(options.actor);
  const filters = parseInput({ schema: ZFilters, input: options.filters });
  const where: Prisma.OrderWhereInput = {
    ...(filters.companyId && { companyId: filters.companyId }),
    ...(filters.status && { status: filters.status }),
    ...(filters.erpState && { erpState: filters.erpState }),
    ...(filters.errorQueue && { erpState: { in: ERROR_QUEUE_STATES } }),
    ...(filters.search && {
      OR: [
        { externalId: { contains: filters.search, mode: "insensitive" } },
        { erpOrderNumber: { contains: filters.search, mode: "insensitive" } },
        { erpSaleNumber: { contains: filters.search, mode: "insensitive" } },
      ],
    }),
  };
  return getDb().order.findMany({
    where,
    orderBy: { createdAt: "desc" },
    take: filters.limit,
    select: {
      id: true,
      companyId: true,
      company: { select: { name: true } },
      channel: { select: { name: true } },
      externalId: true,
      status: true,
      totalGross: true,
      paidAt: true,
      erpState: true,
      erpOrderNumber: true,
      erpSaleNumber: true,
      lastError: true,
      lastErrorCode: true,
      lastErrorParams: true,
      createdAt: true,
    },
  });
}
