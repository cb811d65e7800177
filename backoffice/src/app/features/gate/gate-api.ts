import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import type {
  CrossingRequest,
  CrossingTimesRow,
  GateDesk,
  GateLookupRequest,
  GateLookupView,
  IssuedPlateCamera,
  PlateCameraCreation,
  PlateCameraView,
  PlateReadEvent,
  RefusalRequest,
} from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

const GATE_URL = '/api/officer/gate';
const CAMERAS_URL = '/api/officer/admin/cameras';

/** The lane screen's endpoints and the administrators' camera endpoints. */
@Injectable({ providedIn: 'root' })
export class GateApi {
  private readonly http = inject(HttpClient);

  /** Lists the gates the officer is assigned to, with their lanes. */
  desks(): Observable<GateDesk[]> {
    return this.http.get<GateDesk[]>(`${GATE_URL}/desks`);
  }

  lookUp(request: GateLookupRequest): Observable<GateLookupView> {
    return this.http.post<GateLookupView>(`${GATE_URL}/lookups`, request);
  }

  recordCrossing(request: CrossingRequest): Observable<GateLookupView> {
    return this.http.post<GateLookupView>(`${GATE_URL}/crossings`, request);
  }

  refuseTraveller(request: RefusalRequest): Observable<GateLookupView> {
    return this.http.post<GateLookupView>(`${GATE_URL}/refusals`, request);
  }

  /** Lists the plate reads of the gate's last two hours, newest first. */
  recentPlateReads(gateCode: string): Observable<PlateReadEvent[]> {
    return this.http.get<PlateReadEvent[]>(`${GATE_URL}/plate-reads`, { params: { gate: gateCode } });
  }

  /** Builds the URL of the gate's live event stream, which the browser opens with its session cookie. */
  eventsUrl(gateCode: string): string {
    return `${GATE_URL}/events?${new HttpParams().set('gate', gateCode).toString()}`;
  }

  crossingTimes(query: { gateCode: string; from: string; until: string }): Observable<CrossingTimesRow[]> {
    return this.http.get<CrossingTimesRow[]>(`${GATE_URL}/crossing-times`, { params: query });
  }

  cameras(): Observable<PlateCameraView[]> {
    return this.http.get<PlateCameraView[]>(CAMERAS_URL);
  }

  issueCamera(creation: PlateCameraCreation): Observable<IssuedPlateCamera> {
    return this.http.post<IssuedPlateCamera>(CAMERAS_URL, creation);
  }

  revokeCamera(cameraId: string): Observable<PlateCameraView> {
    return this.http.post<PlateCameraView>(`${CAMERAS_URL}/${encodeURIComponent(cameraId)}/revoke`, {});
  }
}
