import { MatDialog } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';

import { ConfirmDialog, type ConfirmData } from './confirm-dialog';

/** Opens the confirmation dialog and resolves to true when the applicant confirms. */
export async function confirmStep(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
  const reference = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, {
    data,
    maxWidth: '95vw',
  });
  return (await firstValueFrom(reference.afterClosed())) === true;
}
