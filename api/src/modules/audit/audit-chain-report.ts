import type { AuditChainBreak, AuditChainReport } from './audit-chain-verifier';

function describeBreak(broken: AuditChainBreak): string {
  switch (broken.kind) {
    case 'edited':
      return `row ${broken.rowId} does not match its hash: the row was edited.`;
    case 'link-broken':
      return (
        `row ${broken.rowId} does not link to ${broken.previousRowId ? `row ${broken.previousRowId}` : 'the start of the chain'}: ` +
        'a row between them was deleted, or the row before was edited.'
      );
    case 'tail-missing':
      return (
        `row ${broken.rowId}, the newest that the chain head records, is missing after ` +
        `${broken.lastRowId ? `row ${broken.lastRowId}` : 'the start of the chain'}: the newest rows were deleted.`
      );
  }
}

/** Writes the outcome of a verification run as the sentence that `npm run audit:verify` prints. */
export function describeAuditChainReport(report: AuditChainReport): string {
  if (!report.firstBreak) {
    return `Audit chain intact: ${report.checkedRows} rows checked, head hash ${report.headHash}.`;
  }
  return (
    `Audit chain broken at row ${report.firstBreak.rowId}: ${describeBreak(report.firstBreak)} ` +
    `The ${report.checkedRows} rows before it are intact.`
  );
}
