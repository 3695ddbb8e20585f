/** Where the harness page posts its calls: `POST /__annotator/<method>` with the request as JSON. */
export const INVOKE_PATH = '/__annotator/';
