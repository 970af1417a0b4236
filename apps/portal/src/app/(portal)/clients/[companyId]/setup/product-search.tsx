"use client";

import type { TProductHit } from "@erp-bridge/shared";
import { useFormatter, useTranslations } from "next-intl";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { FieldError, invalidProps } from "../field-error.tsx";
import { searchProductsAction, type TSearchOutcome } from "./setup-actions.ts";
import { RefusalAlert } from "@/app/(portal)/_components/refusal-alert.tsx";

/**
 * The ERP's goods searched live through the agent, by part of a symbol, EAN or name, with the
 * stock available in the store's warehouses; each can be picked as a sample. With `suggest` it
 * starts with goods in stock there, so a newcomer to the ERP (the demo's) has codes at hand.
 */
export function ProductSearch(props: {
  companyId: string;
  agentId: string;
  /** The agent's ERP connection searched (the one the wizard chose). */
  connection: string;
  warehouseIds: number[];
  identifier: "sku" | "ean";
  suggest: boolean;
  picked: readonly string[];
  onPick: (code: string) => void;
}) {
  const t = useTranslations("setup.search");
  const format = useFormatter();
  const [query, setQuery] = useState("");
  const [outcome, setOutcome] = useState<TSearchOutcome | null>(null);
  const [searching, startSearching] = useTransition();
  const { companyId, agentId, connection, warehouseIds } = props;
  const run = (text: string) =>
    startSearching(async () =>
      setOutcome(await searchProductsAction(companyId, { agentId, connection, query: text, warehouseIds })),
    );
  const submit = (event: FormEvent) => {
    event.preventDefault();
    run(query);
  };
  // Suggestions once, when the step opens; the query stays the implementer's.
  const [suggested, setSuggested] = useState(false);
  useEffect(() => {
    if (!props.suggest || suggested || agentId === "") return;
    setSuggested(true);
    run("");
  });
  const codeOf = (hit: TProductHit) => (props.identifier === "sku" ? hit.sku : hit.ean);
  const errors = outcome?.status === "invalid" ? outcome.fieldErrors : {};
  return (
    <fieldset className="panel">
      <legend>{t("legend")}</legend>
      <form className="row-actions" onSubmit={submit} role="search">
        <label>
          {t("query")}
          <input value={query} onChange={(e) => setQuery(e.target.value)} {...invalidProps(errors, "query")} />
          <FieldError errors={errors} path="query" />
        </label>
        <button type="submit" className="secondary" disabled={searching}>
          {searching ? t("searching") : t("search")}
        </button>
      </form>
      {outcome?.status === "blocked" && (
        <RefusalAlert text={t("blocked", { reason: outcome.reason })} technical={outcome.technical} />
      )}
      {outcome?.status === "found" && outcome.products.length === 0 && (
        <p className="muted">{outcome.query === "" ? t("noStock") : t("none", { query: outcome.query })}</p>
      )}
      {outcome?.status === "found" && outcome.products.length > 0 && (
        <div className="table-scroll">
          <table aria-label={t("results")}>
            <caption className="muted">
              {outcome.query === "" ? t("suggestions") : t("found", { query: outcome.query })}
            </caption>
            <thead>
              <tr>
                <th>{t("sku")}</th>
                <th>{t("name")}</th>
                <th>{t("ean")}</th>
                <th className="num">{t("vat")}</th>
                <th className="num">{t("available")}</th>
                <th>
                  <span className="sr-only">{t("actions")}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {outcome.products.map((hit) => {
                const code = codeOf(hit);
                return (
                  <tr key={hit.id} data-testid={`erp-product-${hit.sku}`}>
                    <td className="mono">{hit.sku}</td>
                    <td>{hit.name}</td>
                    <td className="mono">{hit.ean ?? "—"}</td>
                    <td className="num">{`${format.number(hit.vatRate)}%`}</td>
                    <td className="num">{`${format.number(hit.available)} ${hit.unit}`}</td>
                    <td>
                      <button
                        type="button"
                        className="secondary"
                        disabled={!code || props.picked.includes(code)}
                        onClick={() => code && props.onPick(code)}
                        aria-label={t("pickLabel", { code: code ?? hit.sku })}
                      >
                        {code ? t("pick") : t("noEan")}
                      </button>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </fieldset>
  );
}
