/** The one handle a webview has on VS Code; acquired once, as VS Code requires. */
interface VsCodeApi {
  postMessage(message: unknown): void;
  /** What the page keeps while its panel is hidden and brought back. */
  getState(): unknown;
  setState(state: unknown): void;
}

declare function acquireVsCodeApi(): VsCodeApi;

export const vscode: VsCodeApi = acquireVsCodeApi();
