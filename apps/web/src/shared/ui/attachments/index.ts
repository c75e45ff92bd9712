export { AttachmentList, type AttachmentListProps } from './AttachmentList';
export { AttachmentUpload, type AttachmentUploadProps } from './AttachmentUpload';
export { AttachmentPicker, type AttachmentPickerProps } from './AttachmentPicker';
export { uploadAttachment, type UploadOptions } from './upload';
export { ACCEPT, ALLOWED_LABELS, fileProblem, formatBytes, typeLabel } from './attachment-rules';
