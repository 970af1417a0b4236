import { rm } from "node:fs/promises";
import { EXIT } from "../cli/exit-codes.ts";
import { errorMessage } from "../log.ts";
import type { TLayout } from "./layout.ts";
import { serviceHost } from "./service-host.ts";

/**
 * `uninstall`: stops and removes the service and the program folder. The data folder (config,
 * journal, logs) stays unless `purge`: a reinstall then keeps its enrollment.
 */
export async function uninstallAgent(options: { layout: TLayout; purge: boolean }): Promise<number> {
  const { layout } = options;
  const host = serviceHost({ platform: layout.platform, testMode: layout.root !== null });
  const privilege = await host.missingPrivilege();
  if (privilege) {
    console.error(`uninstall needs administrator rights: ${privilege}`);
    return EXIT.FAILURE;
  }
  try {
    await host.uninstall({ layout });
    console.log("uninstall: service stopped and removed");
    await rm(layout.programDir, { recursive: true, force: true }).catch((error: unknown) => {
      // Windows cannot delete the executable this very command runs from.
      console.log(`uninstall: remove ${layout.programDir} by hand (${errorMessage(error)})`);
    });
    if (options.purge) {
      await rm(layout.dataDir, { recursive: true, force: true });
      console.log(`uninstall: ${layout.dataDir} deleted`);
    } else {
      console.log(`uninstall: kept ${layout.dataDir} (config, journal, logs); --purge deletes it`);
    }
  } catch (error) {
    console.error(`uninstall failed: ${errorMessage(error)}`);
    return EXIT.FAILURE;
  }
  console.log("uninstall: revoke the agent on the portal's Agents page so its credential stops working");
  return EXIT.OK;
}
