import type { GoodsImportRejectedRow, GoodsImportResult } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { InvalidStatusTransitionError, NotFoundError, VersionConflictError } from '../../lib/errors';
import type { ApplicantPrincipal } from '../../lib/principal';
import type { ResponseLanguage } from '../../lib/request-language';
import type { MultipartFile } from '../../lib/multipart-file';
import { requireBusinessMember } from '../businesses/business-membership';
import { findBusinessCargoDeclaration } from '../cargo-attachments/cargo-attachments.repository';
import type { CargoDeclarationRef } from '../cargo-attachments/cargo-attachments.service';
import { replaceGoodsLines } from '../cargo-declarations/goods-lines.repository';
import { EDITABLE_STATUSES } from '../declarations/declaration-editing';
import { advanceVersion } from '../declarations/declarations.repository';
import { readGoodsSheet } from './goods-import-file';
import { mapHeader, type HeaderMap } from './goods-import-header';
import { checkImportedLines, type ImportedLine } from './goods-import-line-check';
import { loadImportReference } from './goods-import-reference';
import { convertRow, rejectedRowEntries } from './goods-import-rows';

/** Mode of an import: a check only, or a check that replaces the draft's lines. */
export type GoodsImportMode = { apply: false } | { apply: true; version: number };

/** The lines and rejected rows of a file, before anything is stored. */
interface ImportedGoods {
  lines: ImportedLine[];
  rejectedRows: GoodsImportRejectedRow[];
  header: HeaderMap;
}

/** The outcome of an import: the lines and rejected rows as the response lists them. */
type CheckedGoods = Pick<GoodsImportResult, 'lines' | 'rejectedRows'>;

/**
 * Imports goods lines from a CSV or XLSX file into a cargo declaration of the member's business.
 * Every row is checked as a typed line would be; rows that fail are reported with their
 * spreadsheet row number, column and reason. The draft's lines are replaced only when asked,
 * when no row was rejected, and when the draft is still at the version the member saw.
 */
export class GoodsImportService {
  constructor(private readonly sequelize: Sequelize) {}

  /** Checks, before the file is read, that the member may import into this declaration. */
  async assertEditable(applicant: ApplicantPrincipal, ref: CargoDeclarationRef): Promise<void> {
    await requireBusinessMember(this.sequelize, applicant.id, ref.businessId);
    const declaration = await findBusinessCargoDeclaration(ref.declarationId, ref.businessId);
    if (!declaration) {
      throw new NotFoundError();
    }
    if (!EDITABLE_STATUSES.includes(declaration.status)) {
      throw new InvalidStatusTransitionError('declarationNotEditable');
    }
  }

  async import(
    applicant: ApplicantPrincipal,
    ref: CargoDeclarationRef,
    file: MultipartFile,
    mode: GoodsImportMode,
    language: ResponseLanguage,
  ): Promise<GoodsImportResult> {
    const goods = await this.readGoods(file, language);
    if (!mode.apply || goods.rejectedRows.length > 0) {
      return { ...(await this.checkReferences(goods, language)), applied: false, version: null };
    }

    return this.sequelize.transaction(async (transaction) => {
      await requireBusinessMember(this.sequelize, applicant.id, ref.businessId, undefined, transaction);
      const declaration = await findBusinessCargoDeclaration(ref.declarationId, ref.businessId, transaction);
      if (!declaration) {
        throw new NotFoundError();
      }
      if (!EDITABLE_STATUSES.includes(declaration.status)) {
        throw new InvalidStatusTransitionError('declarationNotEditable');
      }

      const checked = await this.checkReferences(goods, language, transaction);
      if (checked.rejectedRows.length > 0) {
        return { ...checked, applied: false, version: null };
      }

      // The same write as a saved draft: the cargo module's goods lines and a version step.
      const expected = { version: mode.version, status: declaration.status };
      if (!(await advanceVersion(ref.declarationId, expected, {}, transaction))) {
        throw new VersionConflictError();
      }
      await replaceGoodsLines(this.sequelize, ref.declarationId, checked.lines, transaction);
      return { ...checked, applied: true, version: mode.version + 1 };
    });
  }

  private async readGoods(file: MultipartFile, language: ResponseLanguage): Promise<ImportedGoods> {
    const sheet = await readGoodsSheet(file);
    const header = mapHeader(sheet.header.cells, language === 'vi' ? 'vi' : 'en');
    const reference = await loadImportReference(this.sequelize);

    const lines: ImportedLine[] = [];
    const rejectedRows: GoodsImportRejectedRow[] = [];
    for (const row of sheet.dataRows) {
      const outcome = convertRow(row, header, sheet.decimalSeparator, reference);
      if ('line' in outcome) {
        lines.push({ line: outcome.line, rowNumber: row.rowNumber });
      } else {
        rejectedRows.push(...rejectedRowEntries(row, outcome.issues, header, language));
      }
    }
    return { lines, rejectedRows, header };
  }

  /**
   * Checks the HS codes and units of the lines that passed the schema, and adds the lines that
   * fail to the rejected rows, in row order.
   */
  private async checkReferences(
    goods: ImportedGoods,
    language: ResponseLanguage,
    transaction?: Transaction,
  ): Promise<CheckedGoods> {
    const { passed, rejected } = await checkImportedLines(this.sequelize, goods.lines, transaction);

    const referenceRows = rejected.flatMap(({ rowNumber, issues }) =>
      rejectedRowEntries({ rowNumber }, issues, goods.header, language),
    );
    const rejectedRows = [...goods.rejectedRows, ...referenceRows].sort((a, b) => a.row - b.row);
    return { lines: passed.map((entry) => entry.line), rejectedRows };
  }
}
