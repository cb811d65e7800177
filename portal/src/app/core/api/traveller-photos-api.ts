import { HttpClient, type HttpEvent } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { PHOTO_FIELD_NAME, type TravellerPhotoStatus } from '@smartgate/shared-models';
import type { Observable } from 'rxjs';

/** The URL of a traveller's photo: the declaration's id and the traveller's position, never personal data. */
function photoUrl(declarationId: string, position: number): string {
  return `/api/applicant/declarations/${encodeURIComponent(declarationId)}/travellers/${position}/photo`;
}

/**
 * HTTP client of portrait photos: of the applicant's own declarations, and of the driver and crew of
 * their business's cargo declarations, which every member of the business may handle.
 */
@Injectable({ providedIn: 'root' })
export class TravellerPhotosApi {
  private readonly http = inject(HttpClient);

  /** Uploads a photo as multipart/form-data, reporting upload progress events and then the response. */
  upload(declarationId: string, position: number, file: File): Observable<HttpEvent<TravellerPhotoStatus>> {
    const body = new FormData();
    body.append(PHOTO_FIELD_NAME, file, file.name);
    return this.http.put<TravellerPhotoStatus>(photoUrl(declarationId, position), body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** Fetches the stored photo with the session cookie, as a blob to show through an object URL. */
  fetch(declarationId: string, position: number): Observable<Blob> {
    return this.http.get(photoUrl(declarationId, position), { responseType: 'blob' });
  }

  remove(declarationId: string, position: number): Observable<void> {
    return this.http.delete<void>(photoUrl(declarationId, position));
  }
}
