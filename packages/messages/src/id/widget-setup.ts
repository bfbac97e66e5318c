/** Why an element's attribute was refused (loaded with the attribute checks). */
export const widgetSetup = {
  targetExample: 'target="0.9" atau target="80"',
};
