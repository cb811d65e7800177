import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  BusinessDetails,
  BusinessDriverInput,
  BusinessDriverView,
  BusinessInvitationInput,
  BusinessInvitationView,
  BusinessMemberView,
  BusinessPartnerInput,
  BusinessPartnerView,
  BusinessRegistration,
  BusinessVehicleInput,
  BusinessVehicleView,
  BusinessView,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const BASE_URL = '/api/applicant/businesses';

/** The records a business keeps, each with its new-record fields and its view. */
interface BusinessRecords {
  vehicles: { input: BusinessVehicleInput; view: BusinessVehicleView; nested: 'vehicle' };
  drivers: { input: BusinessDriverInput; view: BusinessDriverView; nested: 'traveller' };
  partners: { input: BusinessPartnerInput; view: BusinessPartnerView; nested: null };
}

/** The field of an update body that contains the record's fields; partners send them beside `version`. */
const NESTED_FIELD: { [K in keyof BusinessRecords]: BusinessRecords[K]['nested'] } = {
  vehicles: 'vehicle',
  drivers: 'traveller',
  partners: null,
};

/** HTTP client of the signed-in applicant's businesses, their members, invitations and records. */
@Injectable({ providedIn: 'root' })
export class BusinessesApi {
  private readonly http = inject(HttpClient);

  private url(businessId: string, path = ''): string {
    return `${BASE_URL}/${encodeURIComponent(businessId)}${path}`;
  }

  /** Lists the applicant's businesses by name, with the applicant's role in each. */
  list(): Observable<BusinessView[]> {
    return this.http.get<BusinessView[]>(BASE_URL);
  }

  /** Registers a business; a registered tax code gets 409 `tax-code-registered`. */
  register(registration: BusinessRegistration): Observable<BusinessView> {
    return this.http.post<BusinessView>(BASE_URL, registration);
  }

  get(businessId: string): Observable<BusinessView> {
    return this.http.get<BusinessView>(this.url(businessId));
  }

  /** Replaces the company's details at the version last read (administrators only). */
  update(businessId: string, version: number, details: BusinessDetails): Observable<BusinessView> {
    return this.http.put<BusinessView>(this.url(businessId), { ...details, version });
  }

  members(businessId: string): Observable<BusinessMemberView[]> {
    return this.http.get<BusinessMemberView[]>(this.url(businessId, '/members'));
  }

  removeMember(businessId: string, applicantId: string): Observable<void> {
    return this.http.delete<void>(this.url(businessId, `/members/${encodeURIComponent(applicantId)}`));
  }

  invitations(businessId: string): Observable<BusinessInvitationView[]> {
    return this.http.get<BusinessInvitationView[]>(this.url(businessId, '/invitations'));
  }

  invite(businessId: string, invitation: BusinessInvitationInput): Observable<BusinessInvitationView> {
    return this.http.post<BusinessInvitationView>(this.url(businessId, '/invitations'), invitation);
  }

  revokeInvitation(businessId: string, invitationId: string): Observable<void> {
    return this.http.delete<void>(this.url(businessId, `/invitations/${encodeURIComponent(invitationId)}`));
  }

  /** Accepts an invitation with the token of the e-mail link. */
  acceptInvitation(token: string): Observable<BusinessView> {
    return this.http.post<BusinessView>('/api/applicant/business-invitations/accept', { token });
  }

  listRecords<K extends keyof BusinessRecords>(
    businessId: string,
    records: K,
  ): Observable<BusinessRecords[K]['view'][]> {
    return this.http.get<BusinessRecords[K]['view'][]>(this.url(businessId, `/${records}`));
  }

  createRecord<K extends keyof BusinessRecords>(
    businessId: string,
    records: K,
    input: BusinessRecords[K]['input'],
  ): Observable<BusinessRecords[K]['view']> {
    return this.http.post<BusinessRecords[K]['view']>(this.url(businessId, `/${records}`), input);
  }

  /** Replaces a record's fields at the version last read, so an edit made meanwhile gets 409. */
  updateRecord<K extends keyof BusinessRecords>(
    businessId: string,
    records: K,
    record: { id: string; version: number },
    input: BusinessRecords[K]['input'],
  ): Observable<BusinessRecords[K]['view']> {
    const nested = NESTED_FIELD[records];
    const body = nested
      ? { version: record.version, [nested]: input }
      : { ...input, version: record.version };
    return this.http.put<BusinessRecords[K]['view']>(
      this.url(businessId, `/${records}/${encodeURIComponent(record.id)}`),
      body,
    );
  }

  deleteRecord(
    businessId: string,
    records: keyof BusinessRecords,
    record: { id: string; version: number },
  ): Observable<void> {
    const params = new HttpParams().set('version', record.version);
    return this.http.delete<void>(this.url(businessId, `/${records}/${encodeURIComponent(record.id)}`), {
      params,
    });
  }
}
