import type { TCellProps } from "./rows-editor.tsx";

export type TChoice = { value: string; label: string };

/**
 * A select over a list of choices. A value that is not among them (a saved id before the ERP
 * lists are read) stays selectable under its raw id, so opening the page changes nothing.
 */
export function ChoiceSelect(props: {
  cell: TCellProps;
  value: string;
  choices: TChoice[];
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  const known = props.value === "" || props.choices.some((c) => c.value === props.value);
  const choices = known ? props.choices : [...props.choices, { value: props.value, label: `#${props.value}` }];
  return (
    <select {...props.cell} value={props.value} onChange={(e) => props.onChange(e.target.value)}>
      {props.placeholder !== undefined && <option value="">{props.placeholder}</option>}
      {choices.map((choice) => (
        <option key={choice.value} value={choice.value}>
          {choice.label}
        </option>
      ))}
    </select>
  );
}
