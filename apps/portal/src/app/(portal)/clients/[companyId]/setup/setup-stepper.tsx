"use client";

import { useTranslations } from "next-intl";
import styles from "./setup.module.css";

/**
 * Where the implementer is: every step in order, the checked ones marked. A step can be opened
 * once the steps before it passed; the current one is announced as the current step.
 */
export function SetupStepper<S extends string>(props: {
  steps: readonly S[];
  label: (step: S) => string;
  current: S;
  reachable: (step: S) => boolean;
  done: (step: S) => boolean;
  onOpen: (step: S) => void;
}) {
  const t = useTranslations("setup");
  return (
    <nav aria-label={t("stepsLabel")}>
      <ol className={styles.stepper}>
        {props.steps.map((step, index) => {
          const label = `${index + 1}. ${props.label(step)}`;
          const state = props.done(step) ? "done" : step === props.current ? "current" : "todo";
          return (
            <li key={step} data-state={state}>
              <button
                type="button"
                aria-current={step === props.current ? "step" : undefined}
                disabled={!props.reachable(step)}
                onClick={() => props.onOpen(step)}
              >
                {label}
                {props.done(step) && <span className={styles.hidden}> {t("checked")}</span>}
                {props.done(step) && <span aria-hidden="true"> ✓</span>}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
