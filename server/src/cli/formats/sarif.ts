import type * as Sarif from 'sarif';
import type { Range, RuleInfo, Severity } from '../../service';
import type { FileReport } from '../report';

const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  error: 'error',
  warning: 'warning',
  information: 'note',
  hint: 'note',
};

export interface SarifTool {
  version: string;
  informationUri: string;
  rulesDocUrl: string;
  /** The language of the run's messages and rule descriptions, as RFC 5646 writes it (`en-US`, `es`, `pt-BR`). */
  language: string;
}

/**
 * SARIF 2.1.0 for code scanning: the rules the run knows, and one result per finding with 1-based regions; the
 * messages and descriptions are in the run's language.
 */
export function formatSarif(
  files: readonly FileReport[],
  rules: readonly RuleInfo[],
  tool: SarifTool,
): string {
  const ruleIndex = new Map(rules.map((rule, index) => [rule.id, index]));
  const log: Sarif.Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'learning-plans',
            version: tool.version,
            informationUri: tool.informationUri,
            rules: rules.map((rule) => ({
              id: rule.id,
              name: rule.name,
              shortDescription: { text: rule.description },
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              helpUri: `${tool.rulesDocUrl}#${`${rule.id}-${rule.name}`.toLowerCase()}`,
            })),
          },
        },
        language: tool.language,
        columnKind: 'utf16CodeUnits',
        results: files.flatMap((file) =>
          file.diagnostics.map((diagnostic) => ({
            ruleId: diagnostic.rule,
            ...(ruleIndex.has(diagnostic.rule) ? { ruleIndex: ruleIndex.get(diagnostic.rule) } : {}),
            level: LEVEL[diagnostic.severity],
            message: { text: diagnostic.message },
            locations: [{ physicalLocation: physicalLocation(file.path, diagnostic.range) }],
            ...(diagnostic.related
              ? {
                  relatedLocations: diagnostic.related.map((place, index) => ({
                    id: index,
                    message: { text: place.message },
                    physicalLocation: physicalLocation(place.path ?? file.path, place.range),
                  })),
                }
              : {}),
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
}

function physicalLocation(path: string, range: Range): Sarif.PhysicalLocation {
  return {
    artifactLocation: { uri: toUri(path), uriBaseId: '%SRCROOT%' },
    region: {
      startLine: range.start.line + 1,
      startColumn: range.start.character + 1,
      endLine: range.end.line + 1,
      endColumn: range.end.character + 1,
    },
  };
}

/** A relative path as a URI reference: forward slashes, each segment percent-encoded. */
function toUri(path: string): string {
  return path.split(/[\\/]/).map(encodeURIComponent).join('/');
}
