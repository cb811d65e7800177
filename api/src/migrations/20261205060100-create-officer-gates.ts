import type { Migration } from '../lib/migrator';

// The gates whose declarations an officer may see and decide. Officers created before this table
// saw every gate, so each of them is given every existing gate to keep their access unchanged.
export const up: Migration = async ({ context: queryInterface }) => {
  await queryInterface.sequelize.query(`
    CREATE TABLE officer_gates (
      officer_id uuid NOT NULL REFERENCES officers (id) ON DELETE CASCADE,
      gate_code varchar(10) NOT NULL REFERENCES gates (code) ON DELETE RESTRICT,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (officer_id, gate_code)
    )
  `);
  await queryInterface.sequelize.query(
    'CREATE INDEX officer_gates_gate_code_idx ON officer_gates (gate_code)',
  );
  await queryInterface.sequelize.query(`
    INSERT INTO officer_gates (officer_id, gate_code)
    SELECT officers.id, gates.code FROM officers CROSS JOIN gates
  `);
};

export const down: Migration = async ({ context: queryInterface }) => {
  await queryInterface.dropTable('officer_gates');
};
