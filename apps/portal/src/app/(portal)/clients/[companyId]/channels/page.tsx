import { getTranslations } from "next-intl/server";
import { loadStaffPage } from "../load-staff-page.ts";
import { ClientChannels } from "./client-channels.tsx";

export default async function ChannelsPage({ params }: { params: Promise<{ companyId: string }> }) {
  const { companyId } = await params;
  const actor = await loadStaffPage(async (staff) => staff);
  const t = await getTranslations("channels");
  return (
    <section>
      <h2>{t("title")}</h2>
      <p className="muted">{t("intro")}</p>
      <ClientChannels actor={actor} companyId={companyId} />
    </section>
  );
}
