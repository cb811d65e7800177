import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { TranslatePipe } from '@ngx-translate/core';

import { AriaInvalid } from '../../../shared/forms/aria-invalid';
import { FieldError } from '../../../shared/forms/field-error';
import type { BusinessDetailsForm } from './business-details-form';

/** The fields of a company's details; the tax code field only while registering. */
@Component({
  selector: 'sg-business-details-fields',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [ReactiveFormsModule, MatFormFieldModule, MatInputModule, TranslatePipe, FieldError, AriaInvalid],
  templateUrl: './business-details-fields.html',
  styleUrl: './business-form.scss',
})
export class BusinessDetailsFields {
  readonly form = input.required<BusinessDetailsForm>();
  readonly withTaxCode = input(false);
}
