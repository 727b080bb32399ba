// The desktop's routed path streams: 200 MB through router → back-end process and back, with the router's peak RSS
// (sampled every 50 ms) growing by well under the file size. The 1 GB run is `npm run bench -- routed`.
import { expect, it } from 'vitest';
import { routedUpload } from '../../../bench/routed-upload';

it('a 200 MB evidence file goes through the router and back without the router holding it', async () => {
  const r = await routedUpload(200);
  expect(r.storedIntact).toBe(true);
  expect(r.readBackIntact).toBe(true);
  // Buffering the file anywhere in the router would add at least its 200 MB; streaming adds a few chunks' worth.
  expect(r.routerPeakAboveStartMb as number).toBeLessThan(100);
}, 180_000);
