/**
 * What every page says under a fact whose sources disagree or that needs a caveat: "Sources disagree: …", then
 * "Note: …", each a paragraph in the page's own small print (`className`).
 */
export function Caveats({ item, className }: { item: { note?: string | undefined; disagreement?: string | undefined }; className?: string | undefined }) {
  return (
    <>
      {item.disagreement ? (
        <p className={className}>
          <strong>Sources disagree:</strong> {item.disagreement}
        </p>
      ) : null}
      {item.note ? <p className={className}>Note: {item.note}</p> : null}
    </>
  );
}
