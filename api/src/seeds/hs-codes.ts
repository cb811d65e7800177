import { foldText } from '@smartgate/shared-models';
import type { Sequelize, Transaction } from 'sequelize';

import { upsertByCode } from './upsert';

/**
 * The HS codes this gate trades in: chapters, headings, subheadings and the 8-digit national
 * lines, with Vietnamese and English descriptions.
 *
 * Codes and descriptions follow the Vietnamese nomenclature of exported and imported goods (Danh
 * mục hàng hóa xuất khẩu, nhập khẩu Việt Nam, Circular 31/2022/TT-BTC), which adopts the ASEAN
 * Harmonised Tariff Nomenclature (AHTN 2022) and the WCO Harmonized System 2022. Chapter 14 was
 * compared with a published bilingual copy of that nomenclature; the other lines were written
 * from it without a copy at hand.
 * NOTE: compare the 8-digit lines with the published nomenclature before production use. Where the book's line reads only
 * "Loại khác" (Other), the description here adds the parent's words so that a line makes sense
 * alone in a search list. The list is a subset: administrators add lines as trade needs them.
 *
 * Controls (`control`): Vietnam bans the export of round logs and sawn wood from domestic natural
 * forests and lets other logs cross only with their legal-origin documents (Decree 69/2018/NĐ-CP,
 * Appendix I; Decree 102/2020/NĐ-CP), so heading 44.03 is marked `licence_required`. Pesticides
 * outside the list of plant protection products permitted in Vietnam need an import licence from
 * the Plant Protection Department (Law on Plant Protection and Quarantine 2013, Circular
 * 21/2015/TT-BNNPTNT), so the insecticide, fungicide and herbicide lines are marked
 * `licence_required`, and the attachment rules then ask for the licence. Ammonium nitrate of high
 * concentration is an explosive precursor whose trade needs a licence (Decree 71/2018/NĐ-CP). No
 * line is seeded as `prohibited`: the bans in Decree 69/2018 depend on the goods' state (used,
 * right-hand drive) rather than on the tariff line.
 */
type SeedLine = readonly [code: string, vi: string, en: string, control?: 'licence_required'];

const LINES: readonly SeedLine[] = [
  [
    '06',
    'Cây sống và các loại cây trồng khác; củ, rễ và loại tương tự; cành hoa và cành lá trang trí',
    'Live trees and other plants; bulbs, roots and the like; cut flowers and ornamental foliage',
  ],
  [
    '0602',
    'Cây sống khác (kể cả rễ), cành giâm và cành ghép; hệ sợi nấm',
    'Other live plants (including their roots), cuttings and slips; mushroom spawn',
  ],
  [
    '06022000',
    'Cây, cây bụi, đã hoặc không ghép cành, thuộc loại có quả hoặc quả hạch ăn được',
    'Trees, shrubs and bushes, grafted or not, of kinds which bear edible fruit or nuts',
  ],
  ['060290', 'Cây sống khác', 'Other live plants'],
  ['06029040', 'Gốc cây cao su có chồi', 'Budded stumps of the genus Hevea (rubber)'],
  ['06029050', 'Cây cao su giống', 'Seedlings of the genus Hevea (rubber)'],
  ['06029060', 'Chồi mọc từ gỗ cây cao su', 'Budwood of the genus Hevea (rubber)'],

  ['07', 'Rau và một số loại củ, thân củ và rễ ăn được', 'Edible vegetables and certain roots and tubers'],
  ['0701', 'Khoai tây, tươi hoặc ướp lạnh', 'Potatoes, fresh or chilled'],
  ['07011000', 'Khoai tây để làm giống', 'Seed potatoes'],
  ['070190', 'Khoai tây loại khác', 'Other potatoes'],
  ['07019010', 'Khoai tây loại thường dùng để làm khoai tây chiên (chipping potatoes)', 'Chipping potatoes'],
  ['07019090', 'Khoai tây loại khác, tươi hoặc ướp lạnh', 'Other potatoes, fresh or chilled'],
  ['07020000', 'Cà chua, tươi hoặc ướp lạnh', 'Tomatoes, fresh or chilled'],
  [
    '0703',
    'Hành tây, hành, hẹ, tỏi, tỏi tây và các loại rau họ hành, tỏi khác, tươi hoặc ướp lạnh',
    'Onions, shallots, garlic, leeks and other alliaceous vegetables, fresh or chilled',
  ],
  ['070320', 'Tỏi', 'Garlic'],
  ['07032010', 'Tỏi, củ giống', 'Garlic bulbs for propagation'],
  ['07032090', 'Tỏi loại khác, tươi hoặc ướp lạnh', 'Other garlic, fresh or chilled'],
  ['0709', 'Rau khác, tươi hoặc ướp lạnh', 'Other vegetables, fresh or chilled'],
  [
    '070960',
    'Quả thuộc chi Capsicum hoặc chi Pimenta',
    'Fruits of the genus Capsicum or of the genus Pimenta',
  ],
  [
    '07096010',
    'Quả ớt (quả thuộc chi Capsicum), tươi hoặc ướp lạnh',
    'Chillies (fruits of the genus Capsicum), fresh or chilled',
  ],
  [
    '07096090',
    'Quả thuộc chi Capsicum hoặc chi Pimenta, loại khác, tươi hoặc ướp lạnh',
    'Other fruits of the genus Capsicum or Pimenta, fresh or chilled',
  ],
  [
    '0713',
    'Các loại rau đậu khô, đã bóc vỏ quả, đã hoặc chưa bóc vỏ hạt hoặc làm vỡ hạt',
    'Dried leguminous vegetables, shelled, whether or not skinned or split',
  ],
  [
    '071331',
    'Đậu thuộc loài Vigna mungo (L.) Hepper hoặc Vigna radiata (L.) Wilczek (đậu xanh, đậu đen)',
    'Beans of the species Vigna mungo (L.) Hepper or Vigna radiata (L.) Wilczek (mung beans, black gram)',
  ],
  [
    '07133110',
    'Đậu xanh, đậu đen (Vigna mungo, Vigna radiata) khô, phù hợp để gieo trồng',
    'Dried mung beans and black gram (Vigna mungo, Vigna radiata), suitable for sowing',
  ],
  [
    '07133190',
    'Đậu xanh, đậu đen (Vigna mungo, Vigna radiata) khô, loại khác',
    'Dried mung beans and black gram (Vigna mungo, Vigna radiata), other',
  ],
  [
    '0714',
    'Sắn, củ dong, củ lan, a-ti-sô Jerusalem, khoai lang và các loại củ và rễ tương tự có hàm lượng tinh bột hoặc inulin cao, tươi, ướp lạnh, đông lạnh hoặc khô, đã hoặc chưa thái lát hoặc làm thành dạng viên; lõi cây cọ sago',
    'Manioc, arrowroot, salep, Jerusalem artichokes, sweet potatoes and similar roots and tubers with high starch or inulin content, fresh, chilled, frozen or dried, whether or not sliced or in the form of pellets; sago pith',
  ],
  ['071410', 'Sắn (khoai mì)', 'Manioc (cassava)'],
  [
    '07141011',
    'Sắn thái lát hoặc làm thành dạng viên: lát đã được làm khô (sắn lát khô)',
    'Manioc (cassava), sliced or in the form of pellets: dried chips',
  ],
  [
    '07141019',
    'Sắn thái lát hoặc làm thành dạng viên, loại khác',
    'Manioc (cassava), sliced or in the form of pellets, other',
  ],
  ['07141091', 'Sắn loại khác, đông lạnh', 'Manioc (cassava), other, frozen'],
  ['07141099', 'Sắn loại khác (kể cả củ sắn tươi)', 'Manioc (cassava), other (including fresh roots)'],
  ['071420', 'Khoai lang', 'Sweet potatoes'],
  ['07142010', 'Khoai lang, đông lạnh', 'Sweet potatoes, frozen'],
  ['07142090', 'Khoai lang, loại khác', 'Sweet potatoes, other'],

  [
    '08',
    'Quả và quả hạch (nut) ăn được; vỏ quả thuộc họ cam quýt hoặc các loại dưa',
    'Edible fruit and nuts; peel of citrus fruit or melons',
  ],
  [
    '0801',
    'Dừa, quả hạch Brazil và hạt điều, tươi hoặc khô, đã hoặc chưa bóc vỏ hoặc lột vỏ',
    'Coconuts, Brazil nuts and cashew nuts, fresh or dried, whether or not shelled or peeled',
  ],
  ['08011100', 'Dừa đã qua công đoạn làm khô (cùi dừa nạo sấy)', 'Coconuts, desiccated'],
  ['08011200', 'Dừa còn nguyên sọ', 'Coconuts in the inner shell (endocarp)'],
  ['080119', 'Dừa loại khác', 'Other coconuts'],
  ['08011910', 'Dừa non', 'Young coconuts'],
  ['08011990', 'Dừa loại khác, tươi hoặc khô', 'Other coconuts, fresh or dried'],
  ['08013100', 'Hạt điều chưa bóc vỏ (điều thô)', 'Cashew nuts, in shell (raw cashew nuts)'],
  ['08013200', 'Hạt điều đã bóc vỏ (nhân điều)', 'Cashew nuts, shelled (cashew kernels)'],
  ['0803', 'Chuối, kể cả chuối lá, tươi hoặc khô', 'Bananas, including plantains, fresh or dried'],
  ['080310', 'Chuối lá', 'Plantains'],
  ['08031010', 'Chuối lá, tươi', 'Plantains, fresh'],
  ['08031020', 'Chuối lá, khô', 'Plantains, dried'],
  ['080390', 'Chuối loại khác', 'Other bananas'],
  ['08039010', 'Chuối ngự (lady’s finger), tươi hoặc khô', 'Lady’s finger bananas, fresh or dried'],
  [
    '08039090',
    'Chuối loại khác, tươi hoặc khô (kể cả chuối tiêu, chuối sứ)',
    'Other bananas, fresh or dried (including Cavendish bananas)',
  ],
  [
    '0804',
    'Quả chà là, sung, vả, dứa, bơ, ổi, xoài và măng cụt, tươi hoặc khô',
    'Dates, figs, pineapples, avocados, guavas, mangoes and mangosteens, fresh or dried',
  ],
  ['080450', 'Ổi, xoài và măng cụt', 'Guavas, mangoes and mangosteens'],
  ['08045010', 'Quả ổi, tươi hoặc khô', 'Guavas, fresh or dried'],
  ['08045021', 'Quả xoài, tươi', 'Mangoes, fresh'],
  ['08045022', 'Quả xoài, khô', 'Mangoes, dried'],
  ['08045030', 'Quả măng cụt, tươi hoặc khô', 'Mangosteens, fresh or dried'],
  [
    '0807',
    'Các loại dưa (kể cả dưa hấu) và đu đủ, tươi',
    'Melons (including watermelons) and papaws (papayas), fresh',
  ],
  ['08071100', 'Dưa hấu, tươi', 'Watermelons, fresh'],
  ['08072000', 'Quả đu đủ, tươi', 'Papaws (papayas), fresh'],
  ['0810', 'Quả khác, tươi', 'Other fruit, fresh'],
  ['08106000', 'Quả sầu riêng, tươi', 'Durians, fresh'],

  ['09', 'Cà phê, chè, chè Paragoay và các loại gia vị', 'Coffee, tea, maté and spices'],
  [
    '0901',
    'Cà phê, rang hoặc chưa rang, đã hoặc chưa khử chất caffeine; vỏ quả và vỏ lụa cà phê; các chất thay thế cà phê có chứa cà phê',
    'Coffee, whether or not roasted or decaffeinated; coffee husks and skins; coffee substitutes containing coffee',
  ],
  ['090111', 'Cà phê chưa rang, chưa khử chất caffeine', 'Coffee, not roasted, not decaffeinated'],
  [
    '09011110',
    'Cà phê chưa rang, chưa khử chất caffeine: Arabica WIB hoặc Robusta OIB',
    'Coffee, not roasted, not decaffeinated: Arabica WIB or Robusta OIB',
  ],
  [
    '09011190',
    'Cà phê chưa rang, chưa khử chất caffeine, loại khác (cà phê nhân)',
    'Coffee, not roasted, not decaffeinated, other (green coffee beans)',
  ],
  ['090121', 'Cà phê đã rang, chưa khử chất caffeine', 'Coffee, roasted, not decaffeinated'],
  [
    '09012110',
    'Cà phê đã rang, chưa khử chất caffeine, chưa xay',
    'Coffee, roasted, not decaffeinated, not ground',
  ],
  [
    '09012120',
    'Cà phê đã rang, chưa khử chất caffeine, đã xay',
    'Coffee, roasted, not decaffeinated, ground',
  ],
  [
    '0904',
    'Hạt tiêu thuộc chi Piper; quả thuộc chi Capsicum hoặc chi Pimenta, khô hoặc xay hoặc nghiền',
    'Pepper of the genus Piper; dried or crushed or ground fruits of the genus Capsicum or of the genus Pimenta',
  ],
  ['090411', 'Hạt tiêu chưa xay hoặc chưa nghiền', 'Pepper, neither crushed nor ground'],
  ['09041110', 'Hạt tiêu trắng, chưa xay hoặc chưa nghiền', 'White pepper, neither crushed nor ground'],
  ['09041120', 'Hạt tiêu đen, chưa xay hoặc chưa nghiền', 'Black pepper, neither crushed nor ground'],
  ['09041190', 'Hạt tiêu loại khác, chưa xay hoặc chưa nghiền', 'Other pepper, neither crushed nor ground'],
  ['090412', 'Hạt tiêu đã xay hoặc nghiền', 'Pepper, crushed or ground'],
  ['09041210', 'Hạt tiêu trắng, đã xay hoặc nghiền', 'White pepper, crushed or ground'],
  ['09041220', 'Hạt tiêu đen, đã xay hoặc nghiền', 'Black pepper, crushed or ground'],
  ['09041290', 'Hạt tiêu loại khác, đã xay hoặc nghiền', 'Other pepper, crushed or ground'],

  ['10', 'Ngũ cốc', 'Cereals'],
  ['1005', 'Ngô', 'Maize (corn)'],
  ['10051000', 'Ngô hạt giống', 'Maize seed'],
  ['100590', 'Ngô loại khác', 'Other maize'],
  ['10059010', 'Ngô loại để làm bỏng (popcorn)', 'Popcorn maize'],
  [
    '10059090',
    'Ngô hạt loại khác (kể cả ngô làm thức ăn chăn nuôi)',
    'Other maize (including maize for animal feed)',
  ],
  ['1006', 'Lúa gạo', 'Rice'],
  ['100610', 'Thóc', 'Rice in the husk (paddy or rough)'],
  ['10061010', 'Thóc phù hợp để gieo trồng', 'Rice in the husk, suitable for sowing'],
  ['10061090', 'Thóc loại khác', 'Rice in the husk, other'],
  ['100620', 'Gạo lứt', 'Husked (brown) rice'],
  ['10062010', 'Gạo lứt Hom Mali', 'Hom Mali husked (brown) rice'],
  ['10062090', 'Gạo lứt loại khác', 'Other husked (brown) rice'],
  [
    '100630',
    'Gạo đã xát toàn bộ hoặc sơ bộ, đã hoặc chưa được đánh bóng hoặc hồ (glazed)',
    'Semi-milled or wholly milled rice, whether or not polished or glazed',
  ],
  ['10063030', 'Gạo nếp đã xát', 'Glutinous rice, milled'],
  ['10063040', 'Gạo Hom Mali đã xát', 'Hom Mali rice, milled'],
  [
    '10063099',
    'Gạo đã xát loại khác (kể cả gạo thơm Campuchia)',
    'Other milled rice (including Cambodian fragrant rice)',
  ],
  ['100640', 'Tấm', 'Broken rice'],
  ['10064010', 'Tấm loại dùng làm thức ăn chăn nuôi', 'Broken rice of a kind used for animal feed'],
  ['10064090', 'Tấm loại khác', 'Other broken rice'],

  [
    '11',
    'Các sản phẩm xay xát; malt; tinh bột; inulin; gluten lúa mì',
    'Products of the milling industry; malt; starches; inulin; wheat gluten',
  ],
  [
    '1106',
    'Bột, bột thô và bột mịn làm từ các loại rau đậu khô, từ cọ sago hoặc từ rễ hoặc củ thuộc nhóm 07.14 hoặc từ các sản phẩm thuộc Chương 8',
    'Flour, meal and powder of dried leguminous vegetables, of sago or of roots or tubers of heading 07.14 or of the products of Chapter 8',
  ],
  [
    '110620',
    'Bột, bột thô và bột mịn từ cọ sago hoặc từ rễ hoặc củ thuộc nhóm 07.14',
    'Flour, meal and powder of sago or of roots or tubers of heading 07.14',
  ],
  ['11062010', 'Bột sắn', 'Flour, meal and powder of manioc (cassava)'],
  ['1108', 'Tinh bột; inulin', 'Starches; inulin'],
  ['11081400', 'Tinh bột sắn', 'Manioc (cassava) starch'],

  [
    '12',
    'Hạt dầu và quả có dầu; các loại hạt, hạt giống và quả khác; cây công nghiệp hoặc cây dược liệu; rơm, rạ và cỏ khô',
    'Oil seeds and oleaginous fruits; miscellaneous grains, seeds and fruit; industrial or medicinal plants; straw and fodder',
  ],
  ['1201', 'Đậu tương, đã hoặc chưa vỡ mảnh', 'Soya beans, whether or not broken'],
  ['12011000', 'Đậu tương hạt giống', 'Soya bean seed'],
  ['12019000', 'Đậu tương loại khác, đã hoặc chưa vỡ mảnh', 'Other soya beans, whether or not broken'],
  [
    '1202',
    'Lạc chưa rang, hoặc chưa làm chín cách khác, đã hoặc chưa bóc vỏ hoặc vỡ mảnh',
    'Ground-nuts, not roasted or otherwise cooked, whether or not shelled or broken',
  ],
  ['12023000', 'Lạc hạt giống', 'Ground-nut seed'],
  ['12024100', 'Lạc chưa bóc vỏ', 'Ground-nuts in shell'],
  ['12024200', 'Lạc nhân, đã hoặc chưa vỡ mảnh', 'Ground-nuts, shelled, whether or not broken'],
  [
    '1207',
    'Quả và hạt có dầu khác, đã hoặc chưa vỡ mảnh',
    'Other oil seeds and oleaginous fruits, whether or not broken',
  ],
  ['120740', 'Hạt vừng', 'Sesamum seeds'],
  ['12074010', 'Hạt vừng phù hợp để gieo trồng', 'Sesamum seeds suitable for sowing'],
  ['12074090', 'Hạt vừng loại khác', 'Other sesamum seeds'],

  [
    '13',
    'Nhựa cánh kiến đỏ; gôm, nhựa cây, các chất nhựa và các chất chiết xuất từ thực vật khác',
    'Lac; gums, resins and other vegetable saps and extracts',
  ],

  [
    '14',
    'Vật liệu thực vật dùng để tết bện; các sản phẩm thực vật chưa được chi tiết hoặc ghi ở nơi khác',
    'Vegetable plaiting materials; vegetable products not elsewhere specified or included',
  ],
  [
    '1401',
    'Nguyên liệu thực vật chủ yếu dùng để tết bện (như tre, song, mây, sậy, liễu gai, cây bấc, cọ sợi, các loại rơm, rạ ngũ cốc đã làm sạch, tẩy trắng hoặc đã nhuộm và vỏ cây đoạn)',
    'Vegetable materials of a kind used primarily for plaiting (for example, bamboos, rattans, reeds, rushes, osier, raffia, cleaned, bleached or dyed cereal straw, and lime bark)',
  ],
  ['14011000', 'Tre', 'Bamboos'],
  ['140120', 'Song, mây', 'Rattans'],
  ['14012010', 'Song, mây nguyên cây', 'Rattans, whole'],
  [
    '14012021',
    'Lõi song, mây đã tách, đường kính không quá 12 mm',
    'Rattans, split-core, not exceeding 12 mm in diameter',
  ],
  ['14012029', 'Lõi song, mây đã tách, loại khác', 'Rattans, split-core, other'],
  ['14012030', 'Vỏ (cật) song, mây đã tách', 'Rattans, split-skin'],
  ['14012090', 'Song, mây loại khác', 'Rattans, other'],
  [
    '14019000',
    'Nguyên liệu thực vật khác chủ yếu dùng để tết bện',
    'Other vegetable materials of a kind used primarily for plaiting',
  ],
  [
    '1404',
    'Các sản phẩm từ thực vật chưa được chi tiết hoặc ghi ở nơi khác',
    'Vegetable products not elsewhere specified or included',
  ],
  ['14042000', 'Xơ của cây bông', 'Cotton linters'],
  ['140490', 'Sản phẩm từ thực vật khác', 'Other vegetable products'],
  ['14049030', 'Bông gòn', 'Kapok'],
  ['14049091', 'Vỏ hạt cọ', 'Palm kernel shells'],
  [
    '14049099',
    'Sản phẩm từ thực vật khác chưa được chi tiết ở nơi khác',
    'Other vegetable products not elsewhere specified',
  ],

  ['17', 'Đường và các loại kẹo đường', 'Sugars and sugar confectionery'],
  [
    '1701',
    'Đường mía hoặc đường củ cải và đường sucroza tinh khiết về mặt hóa học, ở thể rắn',
    'Cane or beet sugar and chemically pure sucrose, in solid form',
  ],
  ['170199', 'Đường mía hoặc đường củ cải khác, ở thể rắn', 'Other cane or beet sugar, in solid form'],
  ['17019910', 'Đường đã tinh luyện', 'Refined sugar'],
  [
    '17019990',
    'Đường mía hoặc đường củ cải loại khác, ở thể rắn',
    'Other cane or beet sugar, in solid form, not refined',
  ],

  [
    '19',
    'Chế phẩm từ ngũ cốc, bột, tinh bột hoặc sữa; các loại bánh',
    'Preparations of cereals, flour, starch or milk; pastrycooks’ products',
  ],
  [
    '1902',
    'Sản phẩm từ bột nhào (pasta), đã hoặc chưa làm chín hoặc nhồi hoặc chế biến cách khác',
    'Pasta, whether or not cooked or stuffed or otherwise prepared',
  ],
  ['190230', 'Sản phẩm từ bột nhào (pasta) khác', 'Other pasta'],
  ['19023040', 'Mì ăn liền', 'Instant noodles'],

  ['22', 'Đồ uống, rượu và giấm', 'Beverages, spirits and vinegar'],
  [
    '2202',
    'Nước, kể cả nước khoáng và nước có ga, đã pha thêm đường hoặc chất tạo ngọt khác hay hương liệu, và đồ uống không chứa cồn khác',
    'Waters, including mineral waters and aerated waters, containing added sugar or other sweetening matter or flavoured, and other non-alcoholic beverages',
  ],
  [
    '220210',
    'Nước, kể cả nước khoáng và nước có ga, đã pha thêm đường, chất tạo ngọt khác hay hương liệu',
    'Waters, including mineral waters and aerated waters, containing added sugar or other sweetening matter or flavoured',
  ],
  [
    '22021010',
    'Nước khoáng xô đa hoặc nước có ga, có hương liệu',
    'Sparkling mineral waters or aerated waters, flavoured',
  ],
  [
    '22021090',
    'Nước có đường, chất tạo ngọt hoặc hương liệu, loại khác',
    'Other waters containing added sugar or other sweetening matter or flavoured',
  ],
  ['2203', 'Bia sản xuất từ malt', 'Beer made from malt'],
  ['22030010', 'Bia đen hoặc bia nâu', 'Stout or porter'],
  ['22030090', 'Bia sản xuất từ malt, loại khác (kể cả bia ale)', 'Other beer made from malt, including ale'],

  [
    '25',
    'Muối; lưu huỳnh; đất và đá; thạch cao, vôi và xi măng',
    'Salt; sulphur; earths and stone; plastering materials, lime and cement',
  ],
  [
    '2523',
    'Xi măng poóc lăng, xi măng nhôm, xi măng xỉ (xốp), xi măng super sulphat và xi măng chịu nước (xi măng thủy lực) tương tự',
    'Portland cement, aluminous cement, slag cement, supersulphate cement and similar hydraulic cements',
  ],
  ['252329', 'Xi măng poóc lăng, trừ xi măng trắng', 'Portland cement, other than white cement'],
  ['25232910', 'Xi măng poóc lăng màu', 'Coloured Portland cement'],
  ['25232990', 'Xi măng poóc lăng loại khác', 'Other Portland cement'],

  ['31', 'Phân bón', 'Fertilisers'],
  ['3102', 'Phân khoáng hoặc phân hóa học, có chứa nitơ', 'Mineral or chemical fertilisers, nitrogenous'],
  ['31021000', 'Urê, có hoặc không ở trong dung dịch nước', 'Urea, whether or not in aqueous solution'],
  ['31022100', 'Amoni sulphat', 'Ammonium sulphate'],
  [
    '31023000',
    'Amoni nitrat, có hoặc không ở trong dung dịch nước',
    'Ammonium nitrate, whether or not in aqueous solution',
    'licence_required',
  ],
  ['3104', 'Phân khoáng hoặc phân hóa học, có chứa kali', 'Mineral or chemical fertilisers, potassic'],
  ['31042000', 'Kali clorua', 'Potassium chloride'],
  ['31043000', 'Kali sulphat', 'Potassium sulphate'],
  [
    '3105',
    'Phân khoáng hoặc phân hóa học chứa hai hoặc ba nguyên tố cấu thành phân bón là nitơ, phospho và kali; phân bón khác',
    'Mineral or chemical fertilisers containing two or three of the fertilising elements nitrogen, phosphorus and potassium; other fertilisers',
  ],
  [
    '310510',
    'Phân bón thuộc Chương này ở dạng viên (tablet) hoặc các dạng tương tự hoặc đóng gói với trọng lượng cả bì không quá 10 kg',
    'Goods of this Chapter in tablets or similar forms or in packages of a gross weight not exceeding 10 kg',
  ],
  [
    '31051020',
    'Phân bón chứa hai hoặc ba nguyên tố nitơ, phospho và kali, đóng gói không quá 10 kg',
    'Fertilisers containing two or three of the elements nitrogen, phosphorus and potassium, in packages of a gross weight not exceeding 10 kg',
  ],
  [
    '31052000',
    'Phân khoáng hoặc phân hóa học có chứa ba nguyên tố cấu thành phân bón là nitơ, phospho và kali (phân NPK)',
    'Mineral or chemical fertilisers containing the three fertilising elements nitrogen, phosphorus and potassium (NPK)',
  ],
  [
    '31053000',
    'Diamoni hydro orthophosphat (diamoni phosphat, DAP)',
    'Diammonium hydrogenorthophosphate (diammonium phosphate, DAP)',
  ],
  [
    '31054000',
    'Amoni dihydro orthophosphat (monoamoni phosphat, MAP)',
    'Ammonium dihydrogenorthophosphate (monoammonium phosphate, MAP)',
  ],

  ['38', 'Các sản phẩm hóa chất khác', 'Miscellaneous chemical products'],
  [
    '3808',
    'Thuốc trừ côn trùng, thuốc diệt loài gặm nhấm, thuốc trừ nấm, thuốc diệt cỏ, thuốc chống nảy mầm và thuốc điều hòa sinh trưởng cây trồng, thuốc khử trùng và các sản phẩm tương tự, đóng gói để bán lẻ hoặc như các chế phẩm hoặc sản phẩm',
    'Insecticides, rodenticides, fungicides, herbicides, anti-sprouting products and plant-growth regulators, disinfectants and similar products, put up for retail sale or as preparations or articles',
  ],
  ['380891', 'Thuốc trừ côn trùng', 'Insecticides'],
  ['38089190', 'Thuốc trừ côn trùng, loại khác', 'Insecticides, other', 'licence_required'],
  ['380892', 'Thuốc trừ nấm', 'Fungicides'],
  ['38089290', 'Thuốc trừ nấm, loại khác', 'Fungicides, other', 'licence_required'],
  [
    '380893',
    'Thuốc diệt cỏ, thuốc chống nảy mầm và thuốc điều hòa sinh trưởng cây trồng',
    'Herbicides, anti-sprouting products and plant-growth regulators',
  ],
  ['38089319', 'Thuốc diệt cỏ, loại khác', 'Herbicides, other', 'licence_required'],

  ['40', 'Cao su và các sản phẩm bằng cao su', 'Rubber and articles thereof'],
  [
    '4001',
    'Cao su tự nhiên, nhựa cây balata, nhựa cây két, nhựa cây cúc cao su, nhựa chicle và các loại nhựa tự nhiên tương tự, ở dạng nguyên sinh hoặc dạng tấm, lá hoặc dải',
    'Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums, in primary forms or in plates, sheets or strip',
  ],
  [
    '400122',
    'Cao su tự nhiên đã định chuẩn về kỹ thuật (TSNR)',
    'Technically specified natural rubber (TSNR)',
  ],
  ['40012210', 'Cao su TSNR 10 (kể cả SVR 10)', 'TSNR 10 (including SVR 10)'],
  ['40012220', 'Cao su TSNR 20 (kể cả SVR 20)', 'TSNR 20 (including SVR 20)'],
  ['40012230', 'Cao su TSNR L (kể cả SVR 3L)', 'TSNR L (including SVR 3L)'],
  [
    '40012290',
    'Cao su tự nhiên đã định chuẩn về kỹ thuật (TSNR), loại khác',
    'Technically specified natural rubber (TSNR), other',
  ],
  ['4011', 'Lốp loại bơm hơi bằng cao su, chưa qua sử dụng', 'New pneumatic tyres, of rubber'],
  [
    '401120',
    'Lốp loại dùng cho ô tô khách (buses) hoặc ô tô chở hàng (lorries)',
    'Tyres of a kind used on buses or lorries',
  ],
  [
    '40112010',
    'Lốp mới cho ô tô khách hoặc ô tô chở hàng, chiều rộng không quá 450 mm',
    'New tyres for buses or lorries, of a width not exceeding 450 mm',
  ],
  [
    '40112090',
    'Lốp mới cho ô tô khách hoặc ô tô chở hàng, loại khác',
    'New tyres for buses or lorries, other',
  ],

  ['44', 'Gỗ và các mặt hàng bằng gỗ; than từ gỗ', 'Wood and articles of wood; wood charcoal'],
  [
    '4401',
    'Gỗ nhiên liệu; gỗ dạng mảnh hoặc dạng hạt; mùn cưa và phế liệu gỗ',
    'Fuel wood; wood in chips or particles; sawdust and wood waste and scrap',
  ],
  [
    '44012200',
    'Gỗ dạng mảnh hoặc dạng hạt (dăm gỗ), từ cây không thuộc loài lá kim',
    'Wood in chips or particles, non-coniferous',
  ],
  [
    '4403',
    'Gỗ cây dạng thô, đã hoặc chưa bóc vỏ hoặc dác gỗ hoặc đẽo vuông thô',
    'Wood in the rough, whether or not stripped of bark or sapwood, or roughly squared',
    'licence_required',
  ],
  ['440349', 'Gỗ nhiệt đới dạng thô khác', 'Other tropical wood in the rough', 'licence_required'],

  [
    '84',
    'Lò phản ứng hạt nhân, nồi hơi, máy và thiết bị cơ khí; các bộ phận của chúng',
    'Nuclear reactors, boilers, machinery and mechanical appliances; parts thereof',
  ],
  [
    '8433',
    'Máy thu hoạch hoặc máy đập, kể cả máy đóng bó, bánh (kiện) rơm hoặc cỏ khô; máy cắt cỏ tươi hoặc cỏ khô; máy làm sạch, phân loại hoặc lựa chọn trứng, hoa quả hoặc nông sản khác',
    'Harvesting or threshing machinery, including straw or fodder balers; grass or hay mowers; machines for cleaning, sorting or grading eggs, fruit or other agricultural produce',
  ],
  ['84335100', 'Máy gặt đập liên hợp', 'Combine harvester-threshers'],
  ['84335200', 'Máy đập khác', 'Other threshing machinery'],
  [
    '84335300',
    'Máy thu hoạch sản phẩm củ hoặc rễ (kể cả máy thu hoạch sắn)',
    'Root or tuber harvesting machines (including cassava harvesters)',
  ],

  [
    '87',
    'Xe trừ phương tiện chạy trên đường sắt hoặc đường xe điện, và các bộ phận và phụ kiện của chúng',
    'Vehicles other than railway or tramway rolling stock, and parts and accessories thereof',
  ],
  ['8701', 'Máy kéo (trừ máy kéo thuộc nhóm 87.09)', 'Tractors (other than tractors of heading 87.09)'],
  ['870191', 'Máy kéo có công suất máy không quá 18 kW', 'Tractors of an engine power not exceeding 18 kW'],
  [
    '87019110',
    'Máy kéo nông nghiệp, công suất không quá 18 kW',
    'Agricultural tractors, of an engine power not exceeding 18 kW',
  ],
  [
    '87019190',
    'Máy kéo loại khác, công suất không quá 18 kW',
    'Other tractors, of an engine power not exceeding 18 kW',
  ],
  [
    '8712',
    'Xe đạp hai bánh và xe đạp khác (kể cả xe xích lô ba bánh chở hàng), không lắp động cơ',
    'Bicycles and other cycles (including delivery tricycles), not motorised',
  ],
  ['87120010', 'Xe đạp đua', 'Racing bicycles'],
  ['87120020', 'Xe đạp được thiết kế dành cho trẻ em', 'Bicycles designed to be ridden by children'],
  ['87120030', 'Xe đạp khác', 'Other bicycles'],
  [
    '87120090',
    'Xe đạp loại khác (kể cả xe xích lô ba bánh chở hàng)',
    'Other cycles (including delivery tricycles)',
  ],
];

/** The closest code in the list that starts the given code, such as `071410` for `07141011`. */
function parentOf(code: string, codes: ReadonlySet<string>): string | null {
  for (let length = code.length - 2; length >= 2; length -= 2) {
    const candidate = code.slice(0, length);
    if (codes.has(candidate)) {
      return candidate;
    }
  }
  return null;
}

/** The seed rows, parents before children, as stored in `hs_codes`. */
export function hsCodeRows(): Record<string, string | number | boolean | null>[] {
  const codes = new Set(LINES.map(([code]) => code));
  return [...LINES]
    .sort(([first], [second]) => first.length - second.length || first.localeCompare(second))
    .map(([code, vi, en, control]) => ({
      code,
      level: code.length,
      description_vi: vi,
      description_en: en,
      search_text: `${foldText(vi)} ${foldText(en)}`,
      chapter: code.slice(0, 2),
      parent_code: parentOf(code, codes),
      control: control ?? null,
      selectable: code.length === 8,
    }));
}

/**
 * Upserts the HS code list. The seed owns these rows and overwrites their descriptions, but keeps
 * a control that an administrator has changed.
 */
export async function seedHsCodes(sequelize: Sequelize, transaction: Transaction): Promise<void> {
  await upsertByCode(sequelize, 'hs_codes', hsCodeRows(), {
    overwrite: true,
    insertOnlyColumns: ['control'],
    transaction,
  });
}
