import * as vscode from 'vscode';

/**
 * A pick among suggestions that also takes what is typed: the typed text comes first as its own choice, with what is
 * wrong with it when it cannot be used (then choosing it does nothing). Resolves with the value, or undefined.
 */
export function pickOrType(
  title: string,
  suggestions: readonly vscode.QuickPickItem[],
  problem: (typed: string) => string | undefined,
): Promise<string | undefined> {
  const pick = vscode.window.createQuickPick<vscode.QuickPickItem & { typed?: boolean; problem?: string }>();
  pick.title = title;
  pick.placeholder = vscode.l10n.t('Pick a value or type one');
  // One step of several: the focus going back to the page between two steps must not end the edit (Escape does).
  pick.ignoreFocusOut = true;
  pick.items = suggestions;
  pick.onDidChangeValue((typed) => {
    const value = typed.trim();
    const listed = suggestions.some((item) => item.label === value);
    const wrong = value === '' ? undefined : problem(value);
    const own =
      value === '' || listed
        ? []
        : [
            {
              label: value,
              description: wrong ?? vscode.l10n.t('as typed'),
              typed: true,
              problem: wrong,
              alwaysShow: true,
            },
          ];
    pick.items = [...own, ...suggestions];
  });
  return new Promise((resolve) => {
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      if (!chosen || chosen.problem) return;
      resolve(chosen.label);
      pick.hide();
    });
    pick.onDidHide(() => {
      resolve(undefined);
      pick.dispose();
    });
    pick.show();
  });
}
