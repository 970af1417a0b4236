import { AreaPlaceholder } from "../_components/area-placeholder.tsx";

export default function Page() {
  return <AreaPlaceholder area="agents" />;
}
