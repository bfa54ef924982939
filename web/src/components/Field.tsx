import { splitProps, type JSX } from "solid-js";
import FieldFrame from "./FieldFrame";

/** A labelled input with an optional hint and error. */
export default function Field(props: JSX.InputHTMLAttributes<HTMLInputElement> & { label: string; hint?: string; error?: string }) {
  const [own, input] = splitProps(props, ["label", "hint", "error", "id", "class"]);
  return <FieldFrame id={own.id} label={own.label} hint={own.hint} error={own.error} class={own.class} control={(wiring) => <input {...wiring} {...input} />} />;
}
