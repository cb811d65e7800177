import type { PageQuery } from '@smartgate/shared-models';
import { QueryTypes, type Order, type WhereOptions } from 'sequelize';

import { DeclarationModel } from './declarations.models';

/** The lead traveller's name and the number of travellers of one declaration. */
export interface TravellerTally {
  leadTravellerName: string | null;
  travellerCount: number;
}

export interface DeclarationListPage {
  declarations: DeclarationModel[];
  tallies: Map<string, TravellerTally>;
  total: number;
}

async function tallyTravellers(declarationIds: string[]): Promise<Map<string, TravellerTally>> {
  if (declarationIds.length === 0 || !DeclarationModel.sequelize) {
    return new Map();
  }

  const rows = await DeclarationModel.sequelize.query<{
    declarationId: string;
    count: number;
    lead: string | null;
  }>(
    `SELECT declaration_id AS "declarationId", count(*)::int AS count,
            max(full_name) FILTER (WHERE position = 0) AS lead
       FROM declaration_travellers
      WHERE declaration_id IN (:declarationIds)
      GROUP BY declaration_id`,
    { replacements: { declarationIds }, type: QueryTypes.SELECT },
  );
  return new Map(
    rows.map((row) => [row.declarationId, { leadTravellerName: row.lead, travellerCount: row.count }]),
  );
}

/** Loads one page of declarations matching `where`, with their traveller tallies and the total count. */
export async function listDeclarations(
  where: WhereOptions,
  order: Order,
  page: PageQuery,
): Promise<DeclarationListPage> {
  const { rows, count } = await DeclarationModel.findAndCountAll({
    where,
    order,
    limit: page.pageSize,
    offset: (page.page - 1) * page.pageSize,
  });

  const tallies = await tallyTravellers(rows.map((declaration) => declaration.id));
  return { declarations: rows, tallies, total: count };
}
