import { Pipe, type PipeTransform } from '@angular/core';

/** Shows milliseconds as seconds with one decimal, such as `42.5 s`; an absent value shows as a dash. */
@Pipe({ name: 'seconds' })
export class SecondsPipe implements PipeTransform {
  transform(milliseconds: number | null | undefined): string {
    return milliseconds === null || milliseconds === undefined
      ? '–'
      : `${(milliseconds / 1000).toFixed(1)} s`;
  }
}
