import { PageLoading } from "../_components/page-loading.tsx";

export default PageLoading;
