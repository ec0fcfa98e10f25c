/** The fields Orderlens reads off portal pages, as a seller says them (page marker, popup). */

/** Field names as a seller says them. */
export const FIELD_WORDS: Readonly<Record<string, string>> = {
  status: 'status',
  channelStatus: 'portal status',
  placedAt: 'order date',
  shipBy: 'ship-by date',
  serviceLevel: 'shipping service',
  total: 'total',
  currency: 'currency',
  'buyer.name': 'buyer',
  shipTo: 'address',
  lines: 'items',
  'lines.sku': 'SKU',
  'lines.channelSku': 'item id',
  'lines.unitPrice': 'price',
  'lines.quantity': 'quantity',
  listedQuantity: 'quantity',
  sku: 'SKU',
  price: 'price',
  title: 'title',
};

/** A field in the seller's words; a field without words is shown by its name. */
export function fieldWords(field: string): string {
  return FIELD_WORDS[field] ?? field;
}
