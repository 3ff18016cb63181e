/** Document photos on the device: their journal rows and the upload lane's bookkeeping. */
export * from './photo-store';
export * from './photo-rows';
export * from './photo-cache';
