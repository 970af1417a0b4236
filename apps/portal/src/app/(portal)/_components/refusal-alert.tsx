import { TechnicalDetail } from "./technical-detail.tsx";

/**
 * A refused action said in the reader's language (`text`), with the system's own words (the
 * agent's, a driver's) folded away beneath it: for server actions' refusals (TRefusalWords).
 */
export function RefusalAlert({ text, technical }: { text: string; technical: string | null }) {
  return (
    <div role="alert" className="form-error">
      <p>{text}</p>
      <TechnicalDetail detail={technical} />
    </div>
  );
}
