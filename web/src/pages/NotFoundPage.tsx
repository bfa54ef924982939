import PageHeading from "../components/PageHeading";
import { t } from "../i18n/t";
import LinkedText from "../components/LinkedText";

export default function NotFoundPage() {
  return (
    <>
      <PageHeading title={t("Page not found")}>{t("Page not found")}</PageHeading>
      <p>
        <LinkedText text={t("There's nothing at this address. <a>See upcoming events</a>.")} hrefs={["/"]} />
      </p>
    </>
  );
}
