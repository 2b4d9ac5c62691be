/** The id of the header suggestion at an index, for the field's `aria-activedescendant` and the option itself. */
export const suggestionId = (baseId: string, index: number) => `${baseId}-option-${index}`;
