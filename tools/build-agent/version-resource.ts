import { readFile, writeFile } from "node:fs/promises";
import { NtExecutable, NtExecutableResource, Resource } from "resedit";

/**
 * Replaces node.exe's version resource (what Explorer's Details tab and an inventory tool show)
 * with the agent's. Node's Authenticode signature is dropped: it would no longer match the file
 * (and injecting the agent breaks it anyway); an organisation that signs builds signs after this.
 */
export async function setVersionResource(options: {
  file: string;
  version: string;
  commit: string;
  fileName: string;
}): Promise<void> {
  const executable = NtExecutable.from(await readFile(options.file), { ignoreCert: true });
  const resources = NtExecutableResource.from(executable);
  const [info] = Resource.VersionInfo.fromEntries(resources.entries);
  if (!info) throw new Error(`${options.file} has no version resource to replace`);
  const [language] = info.getAllLanguagesForStringValues();
  if (!language) throw new Error(`${options.file}: its version resource has no string table`);
  const [major = 0, minor = 0, patch = 0] = options.version.split(/[.+-]/).map((part) => Number(part) || 0);
  info.setFileVersion(major, minor, patch, 0, language.lang);
  info.setProductVersion(major, minor, patch, 0, language.lang);
  info.setStringValues(language, {
    CompanyName: "ERP Bridge",
    ProductName: "ERP Bridge agent",
    FileDescription: "ERP Bridge agent (Node.js single executable)",
    FileVersion: options.version,
    ProductVersion: `${options.version} (${options.commit})`,
    OriginalFilename: options.fileName,
    InternalName: "erp-bridge-agent",
    LegalCopyright: "ERP Bridge. Includes Node.js (MIT license).",
  });
  info.outputToResourceEntries(resources.entries);
  resources.outputResource(executable);
  await writeFile(options.file, Buffer.from(executable.generate()));
}
