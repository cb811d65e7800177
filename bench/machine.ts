import { readFileSync } from 'node:fs';
import os from 'node:os';

/** The machine that the figures were measured on. */
export interface MachineDescription {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  node: string;
  /** 1-minute load average when the run started: other processes share the cores. */
  loadAverage: number;
}

function cpuModel(): string {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  const line = cpuinfo.split('\n').find((entry) => entry.startsWith('model name'));
  return line?.split(':')[1]?.trim() ?? os.cpus()[0]?.model ?? 'unknown';
}

export function describeMachine(): MachineDescription {
  return {
    cpuModel: cpuModel(),
    cores: os.availableParallelism(),
    memoryGiB: Math.round(os.totalmem() / 1024 ** 3),
    node: process.version,
    loadAverage: os.loadavg()[0],
  };
}

/** Current 1-minute load average, recorded next to each measurement. */
export function loadAverage(): number {
  return os.loadavg()[0];
}
