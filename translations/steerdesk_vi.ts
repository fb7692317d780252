<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About SteerDesk</source>
        <translation>Giới thiệu SteerDesk</translation>
    </message>
    <message>
        <source>Records what the steering committee for digital transformation and Project 06 assigns and what units report, and produces the meeting report, charts and spreadsheets.</source>
        <translation>Theo dõi các nhiệm vụ do Ban Chỉ đạo về chuyển đổi số và Đề án 06 giao, kết quả các đơn vị báo cáo; lập báo cáo phục vụ cuộc họp, biểu đồ và bảng tính.</translation>
    </message>
    <message>
        <source>Licence: %1. This program comes with no warranty.</source>
        <translation>Giấy phép: %1. Chương trình được cung cấp không kèm bất kỳ bảo đảm nào.</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Thư mục dữ liệu: %1</translation>
    </message>
    <message>
        <source>The demo database is illustrative: it is drawn from press reports of committee meetings and is not an official record.</source>
        <translation>Cơ sở dữ liệu mẫu chỉ mang tính minh họa: được tổng hợp từ tin báo chí về các cuộc họp của Ban Chỉ đạo, không phải số liệu chính thức.</translation>
    </message>
</context>
<context>
    <name>ChangeLeadUnitDialog</name>
    <message>
        <source>Choose the new lead unit.</source>
        <translation>Hãy chọn đơn vị chủ trì mới.</translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation>Không có đơn vị nào tên “%1”: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Change lead unit</source>
        <translation>Đổi đơn vị chủ trì</translation>
    </message>
    <message numerus="yes">
        <source>New &amp;lead unit for %n task(s):</source>
        <translation>
            <numerusform>Đơn vị &amp;chủ trì mới cho %n nhiệm vụ:</numerusform>
        </translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation>Gõ một phần tên, có dấu hay không dấu đều được</translation>
    </message>
</context>
<context>
    <name>CloseUnitDialog</name>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation>Không có đơn vị nào tên “%1”: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Close unit %1</source>
        <translation>Giải thể đơn vị %1</translation>
    </message>
    <message>
        <source>Close “%1”: from this date it no longer exists; its history and tasks are kept.</source>
        <translation>Giải thể “%1”: từ ngày này đơn vị không còn hoạt động; lịch sử và nhiệm vụ của đơn vị vẫn được giữ lại.</translation>
    </message>
    <message>
        <source>Successor of %1</source>
        <translation>Đơn vị kế thừa của %1</translation>
    </message>
    <message>
        <source>Which unit took over from “%1” when it closed?</source>
        <translation>Đơn vị nào kế thừa “%1” khi giải thể?</translation>
    </message>
    <message>
        <source>&amp;Closed on:</source>
        <translation>Ngày &amp;giải thể:</translation>
    </message>
    <message>
        <source>&amp;Taken over by:</source>
        <translation>Đơn vị &amp;kế thừa:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Its tasks keep it as their lead unit until you give them another one.</source>
        <translation>Các nhiệm vụ vẫn ghi đơn vị này chủ trì cho đến khi được giao cho đơn vị khác.</translation>
    </message>
    <message>
        <source>Close it &amp;all the same</source>
        <translation>&amp;Vẫn giải thể đơn vị</translation>
    </message>
</context>
<context>
    <name>ColourRuleEdits</name>
    <message>
        <source>Unknown kind of colour rules: %1.</source>
        <translation>Loại quy tắc màu không xác định: %1.</translation>
    </message>
    <message>
        <source>The commune score rules do not belong to an indicator.</source>
        <translation>Quy tắc điểm của xã không gắn với chỉ tiêu nào.</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Chỉ tiêu không còn tồn tại.</translation>
    </message>
    <message>
        <source>The colour rules were not saved:</source>
        <translation>Quy tắc màu chưa được lưu:</translation>
    </message>
    <message>
        <source>The colour rules could not be read: %1</source>
        <translation>Không đọc được quy tắc màu: %1</translation>
    </message>
    <message>
        <source>change the commune colour rules</source>
        <translation>thay đổi quy tắc màu của xã</translation>
    </message>
    <message>
        <source>change the default colour rules</source>
        <translation>thay đổi bộ quy tắc màu mặc định</translation>
    </message>
    <message>
        <source>use the default colour rules for &apos;%1&apos;</source>
        <translation>dùng bộ quy tắc màu mặc định cho &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change the colour rules of &apos;%1&apos;</source>
        <translation>thay đổi quy tắc màu của &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>ColourRules</name>
    <message>
        <source>Target achieved (100% or more)</source>
        <translation>Đạt chỉ tiêu (từ 100% trở lên)</translation>
    </message>
    <message>
        <source>From 80% to under 100%</source>
        <translation>Từ 80% đến dưới 100%</translation>
    </message>
    <message>
        <source>Under 80%</source>
        <translation>Dưới 80%</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <extracomment>A range of values, e.g. &quot;80–100&quot;</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>&gt; %1</source>
        <translation>&gt; %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>&lt; %1</source>
        <translation>&lt; %1</translation>
    </message>
    <message>
        <source>any value</source>
        <translation>mọi giá trị</translation>
    </message>
    <message>
        <source>There are no ranges.</source>
        <translation>Chưa có khoảng nào.</translation>
    </message>
    <message>
        <source>%1 has no colour.</source>
        <translation>Khoảng %1 chưa có màu.</translation>
    </message>
    <message>
        <source>%1 contains no value.</source>
        <translation>Khoảng %1 không chứa giá trị nào.</translation>
    </message>
    <message>
        <source>Nothing covers %1.</source>
        <translation>Chưa có khoảng nào bao gồm %1.</translation>
    </message>
    <message>
        <source>%1 and %2 overlap.</source>
        <translation>Khoảng %1 và khoảng %2 chồng lên nhau.</translation>
    </message>
    <message>
        <source>%1 and %2 both include %3.</source>
        <translation>Cả khoảng %1 và khoảng %2 đều bao gồm %3.</translation>
    </message>
    <message>
        <source>Nothing covers values above %1.</source>
        <translation>Chưa có khoảng nào bao gồm các giá trị trên %1.</translation>
    </message>
    <message>
        <source>Nothing covers %1 or more.</source>
        <translation>Chưa có khoảng nào bao gồm các giá trị từ %1 trở lên.</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Xanh</translation>
    </message>
    <message>
        <source>Yellow</source>
        <translation>Vàng</translation>
    </message>
    <message>
        <source>Red</source>
        <translation>Đỏ</translation>
    </message>
    <message>
        <source>80 points or more</source>
        <translation>Từ 80 điểm trở lên</translation>
    </message>
    <message>
        <source>From 50 to under 80 points</source>
        <translation>Từ 50 đến dưới 80 điểm</translation>
    </message>
    <message>
        <source>Under 50 points</source>
        <translation>Dưới 50 điểm</translation>
    </message>
</context>
<context>
    <name>ColourRulesDialog</name>
    <message>
        <source>Row %1: “%2” is not a number.</source>
        <translation>Dòng %1: “%2” không phải là số.</translation>
    </message>
    <message>
        <source>Colour rules</source>
        <translation>Quy tắc màu</translation>
    </message>
    <message>
        <source>&amp;Rules for:</source>
        <translation>Quy tắc &amp;cho:</translation>
    </message>
    <message>
        <source>Default set for indicators (achievement in %)</source>
        <translation>Bộ mặc định cho chỉ tiêu (mức đạt, %)</translation>
    </message>
    <message>
        <source>Commune score (points)</source>
        <translation>Điểm của xã (điểm)</translation>
    </message>
    <message>
        <source>&amp;Use the default set for indicators</source>
        <translation>&amp;Dùng bộ quy tắc mặc định cho chỉ tiêu</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ</translation>
    </message>
    <message>
        <source>From included</source>
        <translation>Tính cả cận dưới</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>To included</source>
        <translation>Tính cả cận trên</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Diễn giải</translation>
    </message>
    <message>
        <source>&amp;Add range</source>
        <translation>&amp;Thêm khoảng</translation>
    </message>
    <message>
        <source>Re&amp;move range</source>
        <translation>&amp;Xóa khoảng</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <source>Ranges must follow one another without gaps or overlaps, from 0 upwards. Leave From or To empty for no limit.</source>
        <translation>Các khoảng phải nối tiếp nhau, không hở và không chồng lấn, tính từ 0 trở lên. Để trống ô Từ hoặc Đến nếu không giới hạn.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Language of messages: vi or en.</source>
        <translation>Ngôn ngữ của thông báo: vi hoặc en.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn ngữ</translation>
    </message>
    <message>
        <source>File to write.</source>
        <translation>Tệp cần ghi.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>tệp</translation>
    </message>
    <message>
        <source>Overwrite an existing file.</source>
        <translation>Ghi đè lên tệp đã có.</translation>
    </message>
    <message>
        <source>Unknown language %1: use vi or en.</source>
        <translation>Không hỗ trợ ngôn ngữ %1: hãy dùng vi hoặc en.</translation>
    </message>
    <message>
        <source>Usage: steerdesk demo --out FILE [--force]</source>
        <translation>Cách dùng: steerdesk demo --out TỆP [--force]</translation>
    </message>
    <message>
        <source>Unknown command: %1</source>
        <translation>Lệnh không hợp lệ: %1</translation>
    </message>
    <message>
        <source>Usage: steerdesk init FILE</source>
        <translation>Cách dùng: steerdesk init TỆP</translation>
    </message>
    <message>
        <source>Created %1 (data version %2).</source>
        <translation>Đã tạo %1 (phiên bản dữ liệu %2).</translation>
    </message>
    <message>
        <source>Wrote the demo database to %1.</source>
        <translation>Đã ghi cơ sở dữ liệu mẫu vào %1.</translation>
    </message>
    <message>
        <source>Usage: steerdesk check FILE</source>
        <translation>Cách dùng: steerdesk check TỆP</translation>
    </message>
    <message>
        <source>The date figures are stated at (YYYY-MM-DD); today by default.</source>
        <translation>Ngày chốt số liệu (YYYY-MM-DD); mặc định là hôm nay.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>table</source>
        <translation>bảng</translation>
    </message>
    <message>
        <source>Days before a deadline that count as due soon (7).</source>
        <translation>Số ngày trước thời hạn được tính là sắp đến hạn (7).</translation>
    </message>
    <message>
        <source>days</source>
        <translation>số ngày</translation>
    </message>
    <message>
        <source>The date %1 is not a date of the form YYYY-MM-DD.</source>
        <translation>Ngày %1 không đúng định dạng YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>--due-soon-days takes a number of days.</source>
        <translation>Tùy chọn --due-soon-days phải là một số ngày.</translation>
    </message>
    <message>
        <source>Usage: steerdesk stats FILE --as-of YYYY-MM-DD</source>
        <translation>Cách dùng: steerdesk stats TỆP --as-of YYYY-MM-DD</translation>
    </message>
    <message>
        <source>%1 uses the older data version %2: open it once in SteerDesk to upgrade it.</source>
        <translation>%1 dùng phiên bản dữ liệu cũ %2: hãy mở tệp một lần bằng SteerDesk để nâng cấp.</translation>
    </message>
    <message>
        <source>init, demo, check, stats or export</source>
        <translation>init, demo, check, stats hoặc export</translation>
    </message>
    <message>
        <source>period</source>
        <translation>kỳ</translation>
    </message>
    <message>
        <source>No period has commune colours up to %1.</source>
        <translation>Chưa có kỳ nào có kết quả đánh giá màu xã đến ngày %1.</translation>
    </message>
    <message>
        <source>The period %1 has no commune colours: assess it first.</source>
        <translation>Kỳ %1 chưa có kết quả đánh giá màu xã: cần đánh giá trước.</translation>
    </message>
    <message>
        <source>Period of the communes&apos; colours (2026-05), the latest assessed by default; month of the units&apos; reports, the as-of date&apos;s by default.</source>
        <translation>Kỳ đánh giá màu của xã (2026-05), mặc định là kỳ đánh giá gần nhất; tháng báo cáo của các đơn vị, mặc định là tháng của ngày số liệu.</translation>
    </message>
    <message>
        <source>The period %1 is not a month of the form YYYY-MM.</source>
        <translation>Kỳ %1 không phải là tháng theo dạng YYYY-MM.</translation>
    </message>
    <message>
        <source>Table to export: tasks, indicators, communes, unit-reports or meetings.</source>
        <translation>Bảng cần xuất: tasks, indicators, communes, unit-reports hoặc meetings.</translation>
    </message>
    <message>
        <source>Unknown table %1. Tables: tasks, indicators, communes, unit-reports, meetings.</source>
        <translation>Không có bảng %1. Các bảng: tasks, indicators, communes, unit-reports, meetings.</translation>
    </message>
    <message>
        <source>SteerDesk: tasks, indicators and reports of a steering committee.

Commands:
  init FILE               create an empty database
  demo --out FILE [--force]  write the demo database
  check FILE              print data version, integrity and row counts
  stats FILE [--as-of DATE]  task, indicator and commune figures as JSON
  export FILE --table tasks|indicators [--as-of DATE] --out FILE.csv|.xlsx
  export FILE --table communes [--period PERIOD] --out FILE.csv|.xlsx
  export FILE --table unit-reports [--period YYYY-MM] [--as-of DATE] --out FILE.csv|.xlsx
  export FILE --table meetings [--as-of DATE] --out FILE.csv|.xlsx</source>
        <translation>SteerDesk: nhiệm vụ, chỉ tiêu và báo cáo của Ban Chỉ đạo.

Các lệnh:
  init TỆP                tạo cơ sở dữ liệu trống
  demo --out TỆP [--force]  ghi cơ sở dữ liệu mẫu
  check TỆP               in phiên bản dữ liệu, tính toàn vẹn và số bản ghi
  stats TỆP [--as-of NGÀY]  số liệu nhiệm vụ, chỉ tiêu và xã dạng JSON
  export TỆP --table tasks|indicators [--as-of NGÀY] --out TỆP.csv|.xlsx
  export TỆP --table communes [--period KỲ] --out TỆP.csv|.xlsx
  export TỆP --table unit-reports [--period YYYY-MM] [--as-of NGÀY] --out TỆP.csv|.xlsx
  export TỆP --table meetings [--as-of NGÀY] --out TỆP.csv|.xlsx</translation>
    </message>
    <message>
        <source>Usage: steerdesk export FILE --table tasks|indicators|communes|unit-reports|meetings --as-of YYYY-MM-DD [--period PERIOD] --out FILE.csv|.xlsx</source>
        <translation>Cách dùng: steerdesk export TỆP --table tasks|indicators|communes|unit-reports|meetings --as-of YYYY-MM-DD [--period KỲ] --out TỆP.csv|.xlsx</translation>
    </message>
    <message>
        <source>The output file %1 must end in one of %2.</source>
        <translation>Tệp xuất %1 phải có đuôi là một trong các loại %2.</translation>
    </message>
</context>
<context>
    <name>CommuneAssessor</name>
    <message>
        <source>%1/%2 tasks on time</source>
        <translation>%1/%2 nhiệm vụ đúng hạn</translation>
    </message>
    <message>
        <source>no task fell due</source>
        <translation>không có nhiệm vụ đến hạn</translation>
    </message>
    <message>
        <source>%1/%2 indicators achieved</source>
        <translation>%1/%2 chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>no indicator with a target</source>
        <translation>không có chỉ tiêu được giao</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) overdue</source>
        <translation>
            <numerusform>%n nhiệm vụ quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (red from %n)</source>
        <translation>
            <numerusform>%1 (từ %n nhiệm vụ quá hạn là đỏ)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (green allows at most %n)</source>
        <translation>
            <numerusform>%1 (xã xanh tối đa %n nhiệm vụ quá hạn)</numerusform>
        </translation>
    </message>
    <message>
        <source>Score %1: %2 → %3</source>
        <translation>Điểm %1: %2 → %3</translation>
    </message>
    <message>
        <source>Nothing to score: %1 → %2</source>
        <translation>Không có căn cứ chấm điểm: %1 → %2</translation>
    </message>
    <message>
        <source>Nothing fell due and no indicator has a target: record the commune&apos;s tasks or targets, or set its colour by hand with a reason.</source>
        <translation>Không có nhiệm vụ đến hạn và không có chỉ tiêu được giao: cập nhật nhiệm vụ hoặc chỉ tiêu của xã, hoặc điều chỉnh màu thủ công kèm lý do.</translation>
    </message>
    <message numerus="yes">
        <source>A green commune has at most %n overdue task(s).</source>
        <translation>
            <numerusform>Xã xanh có tối đa %n nhiệm vụ quá hạn.</numerusform>
        </translation>
    </message>
    <message>
        <source>Complete %1 “%2”, overdue since %3</source>
        <translation>Hoàn thành %1 “%2”, quá hạn từ %3</translation>
    </message>
    <message>
        <source>Complete %1 “%2” for %3, overdue since %4</source>
        <translation>Hoàn thành %1 “%2” kỳ %3, quá hạn từ %4</translation>
    </message>
    <message>
        <source>%1 points short of green (%2 needed).</source>
        <translation>Còn thiếu %1 điểm để đạt xanh (cần %2 điểm).</translation>
    </message>
    <message>
        <source>Green cannot be reached in this period: with every indicator achieved the score would be %1, and tasks completed late or overdue stay so.</source>
        <translation>Không thể đạt xanh trong kỳ này: kể cả khi đạt mọi chỉ tiêu, điểm chỉ đạt %1, vì nhiệm vụ đã hoàn thành chậm hoặc quá hạn vẫn giữ nguyên.</translation>
    </message>
    <message numerus="yes">
        <source>Achieve %n more indicator(s), %1 points each:</source>
        <translation>
            <numerusform>Cần đạt thêm %n chỉ tiêu, mỗi chỉ tiêu %1 điểm:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 against a target of %3</source>
        <translation>%1: %2 so với chỉ tiêu %3</translation>
    </message>
    <message>
        <source>%1: no figure reported, target %2</source>
        <translation>%1: chưa báo cáo số liệu, chỉ tiêu %2</translation>
    </message>
</context>
<context>
    <name>CommuneEdits</name>
    <message>
        <source>Choose the period to assess.</source>
        <translation>Chọn kỳ đánh giá.</translation>
    </message>
    <message>
        <source>%1 has not begun yet: it cannot be assessed.</source>
        <translation>%1 chưa bắt đầu: chưa thể đánh giá.</translation>
    </message>
    <message>
        <source>The commune rules cannot be applied: %1</source>
        <translation>Không áp dụng được bộ quy tắc đánh giá xã: %1</translation>
    </message>
    <message>
        <source>The communes could not be assessed: %1</source>
        <translation>Không đánh giá được các xã: %1</translation>
    </message>
    <message>
        <source>There is no commune, ward or special zone open in %1.</source>
        <translation>Không có xã, phường, đặc khu nào hoạt động trong %1.</translation>
    </message>
    <message numerus="yes">
        <source>assess %n commune(s) for %1</source>
        <translation>
            <numerusform>đánh giá %n xã kỳ %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only a commune, ward or special zone has a traffic light.</source>
        <translation>Chỉ xã, phường, đặc khu mới được đánh giá màu.</translation>
    </message>
    <message>
        <source>Choose the period.</source>
        <translation>Chọn kỳ.</translation>
    </message>
    <message>
        <source>Choose the colour: green, yellow or red.</source>
        <translation>Chọn màu: xanh, vàng hoặc đỏ.</translation>
    </message>
    <message>
        <source>Give the reason for setting the colour by hand: it is kept in the history.</source>
        <translation>Nhập lý do điều chỉnh màu thủ công: lý do được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>set %1 %2 for %3</source>
        <translation>đặt %1 màu %2 kỳ %3</translation>
    </message>
    <message>
        <source>%1 has no colour set by hand for %2.</source>
        <translation>%1 không có màu điều chỉnh thủ công trong %2.</translation>
    </message>
    <message>
        <source>return %1 to the rule&apos;s colour for %2</source>
        <translation>trả %1 về màu theo quy tắc kỳ %2</translation>
    </message>
    <message>
        <source>%1 was not open in %2: the rules do not assess it.</source>
        <translation>%1 không hoạt động trong %2: quy tắc không đánh giá đơn vị này.</translation>
    </message>
    <message>
        <source>change the commune rules</source>
        <translation>thay đổi quy tắc đánh giá xã</translation>
    </message>
</context>
<context>
    <name>CommuneRules</name>
    <message>
        <source>The weights cannot be negative.</source>
        <translation>Trọng số không được là số âm.</translation>
    </message>
    <message>
        <source>At least one weight must be more than 0.</source>
        <translation>Phải có ít nhất một trọng số lớn hơn 0.</translation>
    </message>
    <message>
        <source>The numbers of overdue tasks cannot be negative.</source>
        <translation>Số nhiệm vụ quá hạn không được là số âm.</translation>
    </message>
    <message>
        <source>Red from %1 overdue tasks must be more than the %2 overdue tasks a green commune may have.</source>
        <translation>Ngưỡng đỏ từ %1 nhiệm vụ quá hạn phải lớn hơn %2 nhiệm vụ quá hạn mà xã xanh được phép có.</translation>
    </message>
    <message>
        <source>Score ranges: %1</source>
        <translation>Khoảng điểm: %1</translation>
    </message>
    <message>
        <source>The commune rule set stored in the file cannot be read; the defaults apply.</source>
        <translation>Không đọc được bộ quy tắc đánh giá xã lưu trong tệp; áp dụng quy tắc mặc định.</translation>
    </message>
</context>
<context>
    <name>CommuneRulesDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có thay đổi nào.</translation>
    </message>
    <message>
        <source>Commune rules</source>
        <translation>Quy tắc đánh giá xã</translation>
    </message>
    <message>
        <source>Weight of &amp;tasks completed on time:</source>
        <translation>Trọng số &amp;nhiệm vụ hoàn thành đúng hạn:</translation>
    </message>
    <message>
        <source>Weight of &amp;indicators achieved:</source>
        <translation>Trọng số &amp;chỉ tiêu đạt:</translation>
    </message>
    <message>
        <source>&amp;Green with at most … overdue tasks:</source>
        <translation>&amp;Xanh khi có tối đa … nhiệm vụ quá hạn:</translation>
    </message>
    <message>
        <source>&amp;Red from … overdue tasks (0: never):</source>
        <translation>Đ&amp;ỏ từ … nhiệm vụ quá hạn (0: không áp dụng):</translation>
    </message>
    <message>
        <source>A commune without its own target is judged against the &amp;province&apos;s target (rates and percentages)</source>
        <translation>Xã chưa được giao chỉ tiêu riêng thì đánh giá theo chỉ tiêu của &amp;tỉnh (tỷ lệ, phần trăm)</translation>
    </message>
    <message>
        <source>Score ranges (edited with the colour rules): %1</source>
        <translation>Khoảng điểm (sửa trong quy tắc màu): %1</translation>
    </message>
</context>
<context>
    <name>CommuneStatusModel</name>
    <message>
        <source>By hand</source>
        <translation>Thủ công</translation>
    </message>
    <message>
        <source>By the rules</source>
        <translation>Theo quy tắc</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Nguồn</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>CommuneStore</name>
    <message>
        <source>%1 yellow · %2 green · %3 red</source>
        <extracomment>Counts of communes per colour, e.g. &quot;55 yellow · 38 green · 9 red&quot;</extracomment>
        <translation>%1 vàng · %2 xanh · %3 đỏ</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <source>by hand</source>
        <translation>thủ công</translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation>theo quy tắc</translation>
    </message>
    <message>
        <source>assessed %1</source>
        <translation>đánh giá %1</translation>
    </message>
    <message>
        <source>assessment removed (was %1)</source>
        <translation>xóa kết quả đánh giá (trước đó: %1)</translation>
    </message>
    <message>
        <source>colour %1 → %2</source>
        <translation>màu %1 → %2</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>đặt %1</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>lý do: %1</translation>
    </message>
    <message>
        <source>score %1 → %2</source>
        <translation>điểm %1 → %2</translation>
    </message>
    <message>
        <source>rule&apos;s colour %1 → %2</source>
        <translation>màu theo quy tắc %1 → %2</translation>
    </message>
    <message>
        <source>%1 changed</source>
        <translation>thay đổi %1</translation>
    </message>
    <message>
        <source>undone: %1</source>
        <translation>hoàn tác: %1</translation>
    </message>
    <message>
        <source>redone: %1</source>
        <translation>làm lại: %1</translation>
    </message>
    <message>
        <source>%1 %2 (%3): %4</source>
        <translation>%1 %2 (%3): %4</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>không rõ</translation>
    </message>
</context>
<context>
    <name>CommunesPage</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The communes&apos; colours could not be read: %1</source>
        <translation>Không đọc được kết quả đánh giá màu của các xã: %1</translation>
    </message>
    <message>
        <source>No period has been assessed yet: use Assess by rules.</source>
        <translation>Chưa có kỳ nào được đánh giá: chọn Đánh giá theo quy tắc.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Select a commune to see why it has its colour, what would make it green and its history.</source>
        <translation>Chọn một xã để xem lý do xếp màu, điều kiện để chuyển sang xanh và lịch sử đánh giá.</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>chưa có điểm</translation>
    </message>
    <message>
        <source>%1, set by hand (the rules say %2, score %3)</source>
        <translation>%1, điều chỉnh thủ công (theo quy tắc: %2, điểm %3)</translation>
    </message>
    <message>
        <source>%1 by the rules, score %2</source>
        <translation>%1 theo quy tắc, điểm %2</translation>
    </message>
    <message>
        <source>By the rules today:</source>
        <translation>Theo quy tắc tại thời điểm hiện nay:</translation>
    </message>
    <message>
        <source>What moves it to green:</source>
        <translation>Để chuyển sang xanh:</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>by hand: %1</source>
        <translation>thủ công: %1</translation>
    </message>
    <message>
        <source>by the rules</source>
        <translation>theo quy tắc</translation>
    </message>
    <message>
        <source>Colours by period:</source>
        <translation>Màu theo kỳ:</translation>
    </message>
    <message>
        <source>Changes (newest first):</source>
        <translation>Các thay đổi (mới nhất trước):</translation>
    </message>
    <message>
        <source>%1 (score %2)</source>
        <translation>%1 (điểm %2)</translation>
    </message>
    <message>
        <source>Green by the rules today; the colour was set by hand.</source>
        <translation>Theo quy tắc hiện nay đã đạt xanh; màu đang được điều chỉnh thủ công.</translation>
    </message>
    <message numerus="yes">
        <source>What moves the %n yellow commune(s) to green, %1:</source>
        <translation>
            <numerusform>Giải pháp chuyển %n xã từ vàng sang xanh, %1:</numerusform>
        </translation>
    </message>
    <message>
        <source>Assessed %1 by the rules: nothing changed.</source>
        <translation>Đã đánh giá %1 theo quy tắc: không có thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>Assessed %1 by the rules: %n commune(s) changed.</source>
        <translation>
            <numerusform>Đã đánh giá %1 theo quy tắc: %n xã thay đổi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Assess by rules</source>
        <translation>Đánh giá theo quy tắc</translation>
    </message>
    <message>
        <source>Period to assess (a colour set by hand stays):</source>
        <translation>Kỳ đánh giá (màu điều chỉnh thủ công được giữ nguyên):</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Màu:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Tìm:</translation>
    </message>
    <message>
        <source>Commune name, accents optional</source>
        <translation>Tên xã, có thể gõ không dấu</translation>
    </message>
    <message>
        <source>&amp;Assess by rules…</source>
        <translation>Đánh &amp;giá theo quy tắc…</translation>
    </message>
    <message>
        <source>Compute every commune&apos;s colour for a period from its tasks and indicators</source>
        <translation>Tính màu của từng xã trong kỳ từ nhiệm vụ và chỉ tiêu</translation>
    </message>
    <message>
        <source>&amp;Override colour…</source>
        <translation>Điều chỉnh &amp;màu…</translation>
    </message>
    <message>
        <source>C&amp;lear override</source>
        <translation>&amp;Bỏ điều chỉnh</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>&amp;Quy tắc…</translation>
    </message>
    <message>
        <source>Selected commune</source>
        <translation>Xã đang chọn</translation>
    </message>
    <message>
        <source>Yellow to green</source>
        <translation>Vàng sang xanh</translation>
    </message>
    <message>
        <source>Cop&amp;y list</source>
        <translation>&amp;Sao chép danh sách</translation>
    </message>
</context>
<context>
    <name>CompleteTasksDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Mark completed</source>
        <translation>Đánh dấu hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n task(s) &amp;completed on:</source>
        <translation>
            <numerusform>Đánh dấu %n nhiệm vụ &amp;hoàn thành vào ngày:</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Mở lại</translation>
    </message>
    <message numerus="yes">
        <source>Clear the completion: the %n task(s) are open again.</source>
        <translation>
            <numerusform>Xóa ngày hoàn thành: %n nhiệm vụ trở lại trạng thái đang thực hiện.</numerusform>
        </translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
    <message>
        <source>Reopen task</source>
        <translation>Mở lại nhiệm vụ</translation>
    </message>
    <message>
        <source>Close task</source>
        <translation>Đóng nhiệm vụ</translation>
    </message>
    <message numerus="yes">
        <source>Recurring tasks must be recorded one at a time, period by period: %n of the %1 selected tasks recur. Marked here, they would be closed for good. Select a recurring task on its own and choose Mark completed again.</source>
        <translation>
            <numerusform>Nhiệm vụ định kỳ phải được ghi nhận từng nhiệm vụ một, theo từng kỳ: %n trong số %1 nhiệm vụ đã chọn là nhiệm vụ định kỳ. Nếu đánh dấu ở đây, các nhiệm vụ đó sẽ bị đóng hẳn. Hãy chọn riêng một nhiệm vụ định kỳ rồi chọn lại Đánh dấu hoàn thành.</numerusform>
        </translation>
    </message>
    <message>
        <source>Falls due every month: each month is recorded on its own.</source>
        <translation>Đến hạn hằng tháng: mỗi tháng được ghi nhận riêng.</translation>
    </message>
    <message>
        <source>Falls due every quarter: each quarter is recorded on its own.</source>
        <translation>Đến hạn hằng quý: mỗi quý được ghi nhận riêng.</translation>
    </message>
    <message>
        <source>Falls due every year: each year is recorded on its own.</source>
        <translation>Đến hạn hằng năm: mỗi năm được ghi nhận riêng.</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Kỳ:</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>A period to record and its status today, e.g. &quot;Tháng 5/2026 — Đang thực hiện, trong hạn&quot;.</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>No period has fallen due yet</source>
        <translation>Chưa có kỳ nào đến hạn</translation>
    </message>
    <message>
        <source>&amp;Done on</source>
        <translation>Đã &amp;thực hiện ngày</translation>
    </message>
    <message>
        <source>&amp;Not done</source>
        <translation>&amp;Chưa thực hiện</translation>
    </message>
    <message>
        <source>Clears the completion recorded for this period.</source>
        <translation>Xóa ngày hoàn thành đã ghi nhận cho kỳ này.</translation>
    </message>
    <message>
        <source>Re&amp;open the recurring task (it falls due again)</source>
        <translation>&amp;Mở lại nhiệm vụ định kỳ (lại đến hạn theo từng kỳ)</translation>
    </message>
    <message>
        <source>C&amp;lose the recurring task (it no longer falls due)</source>
        <translation>Đó&amp;ng nhiệm vụ định kỳ (không còn đến hạn nữa)</translation>
    </message>
    <message>
        <source>It was closed on %1 and has not fallen due since %2.</source>
        <translation>Nhiệm vụ đã được đóng ngày %1, không còn đến hạn kể từ kỳ %2.</translation>
    </message>
    <message>
        <source>Only when the task has ended: no period after %1 falls due any more. A period&apos;s report is recorded above.</source>
        <translation>Chỉ dùng khi nhiệm vụ đã kết thúc: sau kỳ %1 không còn kỳ nào đến hạn. Báo cáo của từng kỳ được ghi nhận ở phần trên.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
</context>
<context>
    <name>DashboardContent</name>
    <message>
        <source>Tasks by status and programme</source>
        <translation>Nhiệm vụ theo tình trạng và chương trình</translation>
    </message>
    <message>
        <source>Open and overdue tasks by lead unit</source>
        <translation>Nhiệm vụ chưa hoàn thành và quá hạn theo đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Tasks completed and tasks fallen due</source>
        <translation>Nhiệm vụ hoàn thành và nhiệm vụ đến hạn</translation>
    </message>
    <message>
        <source>Indicators against their targets</source>
        <translation>Kết quả các chỉ tiêu so với chỉ tiêu giao</translation>
    </message>
    <message>
        <source>One indicator across communes</source>
        <translation>Một chỉ tiêu theo từng xã, phường</translation>
    </message>
    <message>
        <source>Communes by colour</source>
        <translation>Xã, phường theo màu</translation>
    </message>
    <message>
        <source>Rank over time</source>
        <translation>Thứ hạng qua các kỳ</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>Tính đến ngày %1</translation>
    </message>
    <message>
        <source>Source: the committee&apos;s task register (SteerDesk)</source>
        <translation>Nguồn: danh mục nhiệm vụ của Ban Chỉ đạo (SteerDesk)</translation>
    </message>
    <message>
        <source>Source: indicator figures reported to the committee (SteerDesk)</source>
        <translation>Nguồn: số liệu chỉ tiêu báo cáo Ban Chỉ đạo (SteerDesk)</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>No programme</source>
        <translation>Không thuộc chương trình</translation>
    </message>
    <message>
        <source>Open tasks</source>
        <translation>Nhiệm vụ chưa hoàn thành</translation>
    </message>
    <message>
        <source>Others</source>
        <translation>Đơn vị khác</translation>
    </message>
    <message numerus="yes">
        <source>%n other unit(s) with open tasks are summed under Others.</source>
        <translation>
            <numerusform>%n đơn vị khác có nhiệm vụ chưa hoàn thành được cộng vào mục Khác.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 – %2, as of %3</source>
        <translation>%1 – %2, tính đến ngày %3</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Fallen due</source>
        <translation>Đến hạn</translation>
    </message>
    <message>
        <source>Achievement of the target (%)</source>
        <translation>Mức đạt chỉ tiêu giao (%)</translation>
    </message>
    <message>
        <source>The first %1 of %2 indicators with a target are shown.</source>
        <translation>Hiển thị %1 chỉ tiêu đầu tiên trong số %2 chỉ tiêu có chỉ tiêu giao.</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 so với %2</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>%1, as of %2</source>
        <translation>%1, tính đến ngày %2</translation>
    </message>
    <message>
        <source>%1 of %2 communes shown, evenly along the order.</source>
        <translation>Hiển thị %1 trên %2 xã, phường, lấy đều theo thứ tự.</translation>
    </message>
    <message>
        <source>Province target: %1</source>
        <translation>Chỉ tiêu giao của tỉnh: %1</translation>
    </message>
    <message>
        <source>Communes without a target of their own are coloured against the province&apos;s target.</source>
        <translation>Xã, phường chưa được giao chỉ tiêu riêng được tô màu theo chỉ tiêu giao của tỉnh.</translation>
    </message>
    <message>
        <source>Source: commune assessments (SteerDesk)</source>
        <translation>Nguồn: kết quả đánh giá xã, phường (SteerDesk)</translation>
    </message>
    <message>
        <source>No commune was assessed by %1.</source>
        <translation>Đến ngày %1 chưa có xã, phường nào được đánh giá.</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>%1, %2 – %3, as of %4</source>
        <translation>%1, %2 – %3, tính đến ngày %4</translation>
    </message>
    <message>
        <source>Rank (1 is best)</source>
        <translation>Thứ hạng (1 là cao nhất)</translation>
    </message>
    <message>
        <source>Target: %1</source>
        <translation>Chỉ tiêu giao: %1</translation>
    </message>
    <message>
        <source>No figure of %1 in this range.</source>
        <translation>Không có số liệu của %1 trong các kỳ đã chọn.</translation>
    </message>
    <message>
        <source>The dashboard as of %1 could not be computed: %2</source>
        <translation>Không tính được số liệu trang Tổng quan tính đến ngày %1: %2</translation>
    </message>
    <message>
        <source>Choose the date the dashboard is stated at.</source>
        <translation>Chọn ngày tính số liệu của trang Tổng quan.</translation>
    </message>
    <message>
        <source>Tasks completed</source>
        <translation>Nhiệm vụ đã hoàn thành</translation>
    </message>
    <message>
        <source>Tasks overdue</source>
        <translation>Nhiệm vụ quá hạn</translation>
    </message>
    <message>
        <source>Pilot models completed</source>
        <translation>Mô hình điểm đã hoàn thành</translation>
    </message>
    <message>
        <source>Targets achieved</source>
        <translation>Chỉ tiêu đạt</translation>
    </message>
    <message>
        <source>Communes in green</source>
        <translation>Xã, phường màu xanh</translation>
    </message>
    <message>
        <source>Communes in yellow</source>
        <translation>Xã, phường màu vàng</translation>
    </message>
    <message>
        <source>Communes in red</source>
        <translation>Xã, phường màu đỏ</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>SteerDesk could not prepare the file %1: %2</source>
        <translation>SteerDesk không chuẩn bị được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 already exists; SteerDesk does not overwrite it.</source>
        <translation>Tệp %1 đã tồn tại; SteerDesk không ghi đè lên tệp này.</translation>
    </message>
    <message>
        <source>The folder of %1 cannot be created.</source>
        <translation>Không tạo được thư mục chứa %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be created: %2</source>
        <translation>Không tạo được tệp %1: %2</translation>
    </message>
    <message>
        <source>The file %1 cannot be created.</source>
        <translation>Không tạo được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 does not exist.</source>
        <translation>Tệp %1 không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a SteerDesk database file.</source>
        <translation>%1 là một thư mục, không phải tệp cơ sở dữ liệu SteerDesk.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read (check its permissions).</source>
        <translation>Không đọc được tệp %1 (hãy kiểm tra quyền truy cập tệp).</translation>
    </message>
    <message>
        <source>%1 is not a SteerDesk database.</source>
        <translation>%1 không phải là cơ sở dữ liệu SteerDesk.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened. It has not been changed; open one of its backups instead.</source>
        <translation>Tệp %1 bị hỏng, không mở được. Tệp chưa bị thay đổi; hãy mở một bản sao lưu của tệp này.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (cut short, %2 bytes) and cannot be opened. It has not been changed; open one of its backups instead.</source>
        <translation>Tệp %1 không đầy đủ (bị cắt ngắn, chỉ còn %2 byte), không mở được. Tệp chưa bị thay đổi; hãy mở một bản sao lưu của tệp này.</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a SteerDesk database.</source>
        <translation>%1 là cơ sở dữ liệu của chương trình khác, không phải cơ sở dữ liệu SteerDesk.</translation>
    </message>
    <message>
        <source>The file %1 was saved by a newer SteerDesk (data version %2). This version reads data versions up to %3: install a newer SteerDesk to open it.</source>
        <translation>Tệp %1 được lưu bằng phiên bản SteerDesk mới hơn (phiên bản dữ liệu %2). Phiên bản SteerDesk này chỉ mở được phiên bản dữ liệu đến %3: hãy cài SteerDesk bản mới hơn để mở tệp.</translation>
    </message>
    <message>
        <source>The file is read-only.</source>
        <translation>Tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>The folder of the file is read-only.</source>
        <translation>Thư mục chứa tệp ở chế độ chỉ đọc.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không ghi được vào %1: %2</translation>
    </message>
    <message>
        <source>another SteerDesk (process %1 on %2) has it open</source>
        <translation>tệp đang được mở trong một SteerDesk khác (tiến trình %1 trên máy %2)</translation>
    </message>
    <message>
        <source>its lock file cannot be created</source>
        <translation>không tạo được tệp khóa đi kèm</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>Không ghi được vào %1: %2.</translation>
    </message>
    <message>
        <source>Opened read-only because %1.</source>
        <translation>Đã mở ở chế độ chỉ đọc vì %1.</translation>
    </message>
    <message>
        <source>The file %1 is damaged and cannot be opened (%2). It has not been changed; open one of its backups instead.</source>
        <translation>Tệp %1 bị hỏng, không mở được (%2). Tệp chưa bị thay đổi; hãy mở một bản sao lưu của tệp này.</translation>
    </message>
    <message>
        <source>The file %1 is incomplete (it has no tables) and cannot be opened.</source>
        <translation>Tệp %1 không đầy đủ (không có bảng dữ liệu nào), không mở được.</translation>
    </message>
    <message>
        <source>It uses the older data version %1 and can only be upgraded when it can be written.</source>
        <translation>Tệp dùng phiên bản dữ liệu cũ %1, chỉ nâng cấp được khi có quyền ghi vào tệp.</translation>
    </message>
    <message>
        <source>The file %1 was not upgraded because its backup failed: %2</source>
        <translation>Tệp %1 chưa được nâng cấp vì không tạo được bản sao lưu: %2</translation>
    </message>
    <message>
        <source> The file is unchanged at version %1; a copy was saved as %2.</source>
        <translation> Tệp vẫn giữ nguyên ở phiên bản dữ liệu %1; một bản sao đã được lưu tại %2.</translation>
    </message>
    <message>
        <source>Upgrading %1 to data version %2 failed: %3.</source>
        <translation>Nâng cấp %1 lên phiên bản dữ liệu %2 không thành công: %3.</translation>
    </message>
    <message>
        <source>No database is open.</source>
        <translation>Chưa mở cơ sở dữ liệu nào.</translation>
    </message>
    <message>
        <source>%1 already exists; backups never overwrite a file.</source>
        <translation>%1 đã tồn tại; bản sao lưu không bao giờ ghi đè lên tệp có sẵn.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <translation>Không tạo được thư mục sao lưu %1.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written: %2</source>
        <translation>Không ghi được bản sao lưu %1: %2</translation>
    </message>
    <message>
        <source>the copy carries another data version</source>
        <translation>bản sao có phiên bản dữ liệu khác</translation>
    </message>
    <message>
        <source>table %1 differs</source>
        <translation>bảng %1 không khớp</translation>
    </message>
    <message>
        <source>The backup %1 failed its verification (%2) and was deleted.</source>
        <translation>Bản sao lưu %1 không đạt khi kiểm tra (%2) nên đã bị xóa.</translation>
    </message>
    <message>
        <source>The backup %1 could not be written.</source>
        <translation>Không ghi được bản sao lưu %1.</translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc; không có gì được thay đổi.</translation>
    </message>
</context>
<context>
    <name>DatabaseCheck</name>
    <message>
        <source>integrity check could not run</source>
        <translation>không thực hiện được việc kiểm tra toàn vẹn</translation>
    </message>
    <message>
        <source>table %1, row %2: reference to a missing row in %3</source>
        <translation>bảng %1, dòng %2: tham chiếu đến dòng không tồn tại trong bảng %3</translation>
    </message>
    <message>
        <source>table %1 cannot be read</source>
        <translation>không đọc được bảng %1</translation>
    </message>
    <message>
        <source>data version %1 is older than %2: opening the file in SteerDesk upgrades it</source>
        <translation>phiên bản dữ liệu %1 cũ hơn %2: tệp sẽ được nâng cấp khi mở bằng SteerDesk</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Tệp: %1</translation>
    </message>
    <message>
        <source>Cannot be opened: %1</source>
        <translation>Không mở được: %1</translation>
    </message>
    <message>
        <source>Data version: %1 (this SteerDesk writes %2)</source>
        <translation>Phiên bản dữ liệu: %1 (SteerDesk này ghi phiên bản %2)</translation>
    </message>
    <message>
        <source>Journal: %1</source>
        <translation>Chế độ ghi nhật ký: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Kiểm tra toàn vẹn: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>không có lỗi</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n lỗi</numerusform>
        </translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Số dòng:</translation>
    </message>
</context>
<context>
    <name>DeadlineEdit</name>
    <message>
        <source>e.g. Quý III/2026 or 30/09/2026; empty: standing</source>
        <translation>VD: Quý III/2026 hoặc 30/09/2026; để trống: thường xuyên</translation>
    </message>
    <message>
        <source>e.g. Quý IV/2026 or 31/12/2026</source>
        <translation>VD: Quý IV/2026 hoặc 31/12/2026</translation>
    </message>
    <message>
        <source>A date (30/09/2026) or a period (Quý III/2026, tháng 5/2026, năm 2026): a period is due on its last day.</source>
        <translation>Một ngày (30/09/2026) hoặc một kỳ (Quý III/2026, tháng 5/2026, năm 2026): hạn của một kỳ là ngày cuối cùng của kỳ đó.</translation>
    </message>
    <message>
        <source>as recorded</source>
        <translation>giữ như đã ghi</translation>
    </message>
    <message>
        <source>standing, no deadline</source>
        <translation>thường xuyên, không có thời hạn</translation>
    </message>
    <message>
        <source>not a date or period</source>
        <translation>không phải ngày hoặc kỳ hợp lệ</translation>
    </message>
    <message>
        <source>→ %1</source>
        <translation>→ %1</translation>
    </message>
</context>
<context>
    <name>DemoBuilder</name>
    <message>
        <source>The database is not open.</source>
        <translation>Cơ sở dữ liệu chưa được mở.</translation>
    </message>
    <message>
        <source>The database %1 is open read-only; the demo content cannot be written.</source>
        <translation>Cơ sở dữ liệu %1 đang mở ở chế độ chỉ đọc; không ghi được dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>The database %1 cannot be read: %2</source>
        <translation>Không đọc được cơ sở dữ liệu %1: %2</translation>
    </message>
    <message>
        <source>The database %1 already holds data; the demo is only written into an empty database.</source>
        <translation>Cơ sở dữ liệu %1 đã có dữ liệu; dữ liệu mẫu chỉ được ghi vào cơ sở dữ liệu trống.</translation>
    </message>
    <message>
        <source>The demo content cannot be written: %1</source>
        <translation>Không ghi được dữ liệu mẫu: %1</translation>
    </message>
    <message>
        <source>The file %1 already exists; it was left unchanged.</source>
        <translation>Tệp %1 đã tồn tại; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The file %1 is open in another SteerDesk; it was left unchanged.</source>
        <translation>Tệp %1 đang được mở trong một SteerDesk khác; tệp được giữ nguyên.</translation>
    </message>
    <message>
        <source>The demo database %1 could not be finished.</source>
        <translation>Không hoàn tất được cơ sở dữ liệu mẫu %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be replaced.</source>
        <translation>Không thay thế được tệp %1.</translation>
    </message>
    <message>
        <source>The file %1 cannot be written.</source>
        <translation>Không ghi được tệp %1.</translation>
    </message>
</context>
<context>
    <name>DirectiveReviewModel</name>
    <message>
        <source>Information</source>
        <translation>Thông tin</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Quyết định</translation>
    </message>
    <message>
        <source>Directive</source>
        <translation>Chỉ đạo</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>và %n đơn vị khác</numerusform>
        </translation>
    </message>
    <message>
        <source>No task created yet</source>
        <translation>Chưa tạo nhiệm vụ</translation>
    </message>
    <message>
        <source>%1/%2 completed</source>
        <translation>%1/%2 hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n without a task</source>
        <translation>
            <numerusform>%n đơn vị chưa có nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2: %3</source>
        <translation>%1. %2: %3</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Not yet assigned on %1</source>
        <translation>Chưa giao đến ngày %1</translation>
    </message>
    <message>
        <source>Outcome / task</source>
        <translation>Kết luận / nhiệm vụ</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status as of %1</source>
        <translation>Tình trạng đến ngày %1</translation>
    </message>
</context>
<context>
    <name>EditCommands</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The file is open read-only; nothing was changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>The file is open read-only (%1); nothing was changed.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc (%1); không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Nothing was saved: %1</source>
        <translation>Chưa lưu được gì: %1</translation>
    </message>
    <message>
        <source>Could not redo: %1</source>
        <translation>Không làm lại được: %1</translation>
    </message>
    <message>
        <source>Could not undo: %1</source>
        <translation>Không hoàn tác được: %1</translation>
    </message>
    <message>
        <source>The lead unit is not in the unit list.</source>
        <translation>Đơn vị chủ trì không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>add task &apos;%1&apos;</source>
        <translation>thêm nhiệm vụ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The task no longer exists.</source>
        <translation>Nhiệm vụ không còn tồn tại.</translation>
    </message>
    <message>
        <source>The deadline of &apos;%1&apos; has been extended before: record the new deadline with Extend deadline, so that its history is kept.</source>
        <translation>Thời hạn của &apos;%1&apos; đã từng được gia hạn: hãy ghi thời hạn mới bằng Gia hạn, để giữ lịch sử gia hạn.</translation>
    </message>
    <message>
        <source>edit task &apos;%1&apos;</source>
        <translation>sửa nhiệm vụ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change the deadline of &apos;%1&apos;</source>
        <translation>đổi thời hạn của &apos;%1&apos;</translation>
    </message>
    <message>
        <source>rename task &apos;%1&apos;</source>
        <translation>đổi tên nhiệm vụ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>change the lead unit of &apos;%1&apos;</source>
        <translation>đổi đơn vị chủ trì của &apos;%1&apos;</translation>
    </message>
    <message>
        <source>mark &apos;%1&apos; completed</source>
        <translation>đánh dấu hoàn thành &apos;%1&apos;</translation>
    </message>
    <message>
        <source>reopen &apos;%1&apos;</source>
        <translation>mở lại &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The completion date (%1) is in the future; record it once the task is done.</source>
        <translation>Ngày hoàn thành (%1) ở tương lai; chỉ ghi khi nhiệm vụ đã hoàn thành.</translation>
    </message>
    <message>
        <source>A selected task no longer exists; nothing was changed.</source>
        <translation>Một nhiệm vụ đã chọn không còn tồn tại; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was assigned on %2, after the completion date %3; nothing was changed.</source>
        <translation>&apos;%1&apos; được giao ngày %2, sau ngày hoàn thành %3; không có gì được thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>mark %n task(s) completed</source>
        <translation>
            <numerusform>đánh dấu hoàn thành %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>reopen %n task(s)</source>
        <translation>
            <numerusform>mở lại %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose the lead unit: every task has one unit in charge.</source>
        <translation>Hãy chọn đơn vị chủ trì: mỗi nhiệm vụ có một đơn vị chịu trách nhiệm chính.</translation>
    </message>
    <message numerus="yes">
        <source>change the lead unit of %n task(s)</source>
        <translation>
            <numerusform>đổi đơn vị chủ trì của %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>&apos;%1&apos; recurs every period and has no single deadline to extend; nothing was changed.</source>
        <translation>&apos;%1&apos; lặp lại theo kỳ, không có một thời hạn duy nhất để gia hạn; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a standing task without a deadline; give it one in the task form. Nothing was changed.</source>
        <translation>&apos;%1&apos; là nhiệm vụ thường xuyên, không có thời hạn; hãy đặt thời hạn trong biểu mẫu nhiệm vụ. Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already has an extension decided on %2; a new one must be decided on or after that day. Nothing was changed.</source>
        <translation>&apos;%1&apos; đã có lần gia hạn quyết định ngày %2; lần gia hạn mới phải quyết định từ ngày đó trở đi. Không có gì được thay đổi.</translation>
    </message>
    <message numerus="yes">
        <source>extend the deadline of %n task(s)</source>
        <translation>
            <numerusform>gia hạn %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>archive &apos;%1&apos;</source>
        <translation>lưu trữ &apos;%1&apos;</translation>
    </message>
    <message>
        <source>restore &apos;%1&apos;</source>
        <translation>khôi phục &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>archive %n task(s)</source>
        <translation>
            <numerusform>lưu trữ %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>restore %n task(s)</source>
        <translation>
            <numerusform>khôi phục %n nhiệm vụ</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the unit&apos;s name.</source>
        <translation>Hãy nhập tên đơn vị.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Đơn vị không còn tồn tại.</translation>
    </message>
    <message>
        <source>rename unit &apos;%1&apos;</source>
        <translation>đổi tên đơn vị &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s code and name.</source>
        <translation>Hãy nhập mã và tên chương trình.</translation>
    </message>
    <message>
        <source>Another programme already has the code %1.</source>
        <translation>Đã có chương trình khác mang mã %1.</translation>
    </message>
    <message>
        <source>add programme &apos;%1&apos;</source>
        <translation>thêm chương trình &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter the programme&apos;s name.</source>
        <translation>Hãy nhập tên chương trình.</translation>
    </message>
    <message>
        <source>The programme no longer exists.</source>
        <translation>Chương trình không còn tồn tại.</translation>
    </message>
    <message>
        <source>rename programme &apos;%1&apos;</source>
        <translation>đổi tên chương trình &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not recur; record its completion in the task itself.</source>
        <translation>&apos;%1&apos; không lặp lại theo kỳ; hãy ghi ngày hoàn thành ngay trong nhiệm vụ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not fall due in the period %2.</source>
        <translation>&apos;%1&apos; không đến hạn trong kỳ %2.</translation>
    </message>
    <message>
        <source>mark &apos;%1&apos; completed for %2</source>
        <translation>đánh dấu hoàn thành &apos;%1&apos; cho %2</translation>
    </message>
    <message>
        <source>reopen &apos;%1&apos; for %2</source>
        <translation>mở lại &apos;%1&apos; cho %2</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineDialog</name>
    <message>
        <source>No deadline was changed.</source>
        <translation>Chưa có thời hạn nào được thay đổi.</translation>
    </message>
    <message>
        <source>Extend deadline</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>%1
Deadline now: %2</source>
        <translation>%1
Thời hạn hiện tại: %2</translation>
    </message>
    <message>
        <source>standing, no deadline</source>
        <translation>thường xuyên, không có thời hạn</translation>
    </message>
    <message numerus="yes">
        <source>A new deadline for %n task(s).</source>
        <translation>
            <numerusform>Thời hạn mới cho %n nhiệm vụ.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New deadline:</source>
        <translation>Thời hạn &amp;mới:</translation>
    </message>
    <message>
        <source>Granted in &amp;document:</source>
        <translation>&amp;Văn bản cho gia hạn:</translation>
    </message>
    <message>
        <source>e.g. 45/QĐ-UBND; empty: none</source>
        <translation>VD: 45/QĐ-UBND; để trống nếu không có</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>Decided &amp;on:</source>
        <translation>&amp;Ngày quyết định:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Extend</source>
        <translation>Gia hạn</translation>
    </message>
</context>
<context>
    <name>FormWidgets</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing can be saved.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không lưu được thay đổi nào.</translation>
    </message>
    <message>
        <source>%1 Nothing can be saved in this file.</source>
        <translation>%1 Không thể lưu thay đổi vào tệp này.</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogModel</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Numerator / denominator × 100; a unit with children sums both</source>
        <translation>Tử số / mẫu số × 100; đơn vị có đơn vị trực thuộc được cộng cả tử số và mẫu số</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Loại số đo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Chiều đánh giá</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Tỷ lệ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Decimals</source>
        <translation>Số thập phân</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Observed at</source>
        <translation>Cấp theo dõi</translation>
    </message>
</context>
<context>
    <name>IndicatorCatalogue</name>
    <message>
        <source>Targets of %1 – %2</source>
        <translation>Chỉ tiêu giao của %1 – %2</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Remove target</source>
        <translation>Xóa chỉ tiêu giao</translation>
    </message>
    <message>
        <source>New indicator…</source>
        <translation>Thêm chỉ tiêu…</translation>
    </message>
    <message>
        <source>Edit indicator…</source>
        <translation>Sửa chỉ tiêu…</translation>
    </message>
    <message>
        <source>Colour rules…</source>
        <translation>Quy tắc màu…</translation>
    </message>
    <message>
        <source>New target…</source>
        <translation>Giao chỉ tiêu…</translation>
    </message>
    <message>
        <source>Removes the target selected in the table (Ctrl+Z brings it back)</source>
        <translation>Xóa chỉ tiêu giao đang chọn trong bảng (Ctrl+Z để khôi phục)</translation>
    </message>
</context>
<context>
    <name>IndicatorDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Edit indicator</source>
        <translation>Sửa chỉ tiêu</translation>
    </message>
    <message>
        <source>New indicator</source>
        <translation>Chỉ tiêu mới</translation>
    </message>
    <message>
        <source>(no programme)</source>
        <translation>(không thuộc chương trình nào)</translation>
    </message>
    <message>
        <source>A rate: numerator / denominator × 100 (sums of both roll up)</source>
        <translation>Là tỷ lệ: tử số / mẫu số × 100 (khi tổng hợp cộng cả tử số và mẫu số)</translation>
    </message>
    <message>
        <source>e.g. HS-SOHOA</source>
        <translation>ví dụ: HS-SOHOA</translation>
    </message>
    <message>
        <source>e.g. hồ sơ, tài khoản</source>
        <translation>ví dụ: hồ sơ, tài khoản</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>Name in &amp;English:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>&amp;Measure:</source>
        <translation>&amp;Loại số đo:</translation>
    </message>
    <message>
        <source>&amp;Direction:</source>
        <translation>&amp;Chiều đánh giá:</translation>
    </message>
    <message>
        <source>&amp;Value is:</source>
        <translation>&amp;Giá trị tính:</translation>
    </message>
    <message>
        <source>D&amp;ecimals shown:</source>
        <translation>Số chữ số thập &amp;phân:</translation>
    </message>
    <message>
        <source>What is &amp;counted:</source>
        <translation>Đơn vị tí&amp;nh:</translation>
    </message>
    <message>
        <source>Observed &amp;at:</source>
        <translation>Cấp th&amp;eo dõi:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Chươn&amp;g trình:</translation>
    </message>
</context>
<context>
    <name>IndicatorEdits</name>
    <message>
        <source>Enter the indicator&apos;s code.</source>
        <translation>Nhập mã chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the indicator&apos;s name.</source>
        <translation>Nhập tên chỉ tiêu.</translation>
    </message>
    <message>
        <source>Another indicator already has the code %1.</source>
        <translation>Đã có chỉ tiêu khác mang mã %1.</translation>
    </message>
    <message>
        <source>Choose what the indicator measures.</source>
        <translation>Chọn loại số đo của chỉ tiêu.</translation>
    </message>
    <message>
        <source>Choose whether higher or lower is better.</source>
        <translation>Chọn chiều đánh giá: càng cao hay càng thấp càng tốt.</translation>
    </message>
    <message>
        <source>Choose whether a value is for the period or to date.</source>
        <translation>Chọn giá trị tính trong kỳ hay lũy kế.</translation>
    </message>
    <message>
        <source>Choose the level the indicator is observed at.</source>
        <translation>Chọn cấp theo dõi chỉ tiêu.</translation>
    </message>
    <message>
        <source>Decimals must be between 0 and 6.</source>
        <translation>Số chữ số thập phân phải từ 0 đến 6.</translation>
    </message>
    <message>
        <source>Only a percentage can be a rate (numerator / denominator).</source>
        <translation>Chỉ chỉ tiêu tính bằng phần trăm mới có tử số và mẫu số.</translation>
    </message>
    <message>
        <source>The programme is not in the list.</source>
        <translation>Chương trình không có trong danh sách.</translation>
    </message>
    <message>
        <source>add indicator &apos;%1&apos;</source>
        <translation>thêm chỉ tiêu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Chỉ tiêu không còn tồn tại.</translation>
    </message>
    <message>
        <source>edit indicator &apos;%1&apos;</source>
        <translation>sửa chỉ tiêu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Choose the unit the target is set for.</source>
        <translation>Chọn đơn vị được giao chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the date from which the target applies.</source>
        <translation>Nhập ngày chỉ tiêu bắt đầu áp dụng.</translation>
    </message>
    <message>
        <source>A target rank is a place of 1 or more.</source>
        <translation>Thứ hạng được giao phải từ 1 trở lên.</translation>
    </message>
    <message>
        <source>A target is a number of 0 or more.</source>
        <translation>Chỉ tiêu giao phải là số từ 0 trở lên.</translation>
    </message>
    <message>
        <source>Choose who assigned the target.</source>
        <translation>Chọn cấp giao chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the date of document %1.</source>
        <translation>Nhập ngày của văn bản %1.</translation>
    </message>
    <message>
        <source>%1 already set a target of %2 from %3 for this unit; remove it first to set another.</source>
        <translation>%1 đã giao chỉ tiêu %2 từ ngày %3 cho đơn vị này; hãy xóa chỉ tiêu đó trước khi giao chỉ tiêu khác.</translation>
    </message>
    <message>
        <source>set a target for &apos;%1&apos;</source>
        <translation>giao chỉ tiêu cho &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The target no longer exists.</source>
        <translation>Chỉ tiêu giao không còn tồn tại.</translation>
    </message>
    <message>
        <source>remove a target of &apos;%1&apos;</source>
        <translation>xóa một chỉ tiêu giao của &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>IndicatorRules</name>
    <message>
        <source>%1/%2</source>
        <extracomment>A rank among its peers: &quot;6/63&quot; (6th of 63 provinces)</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>No roll-up: ranks do not add up.</source>
        <translation>Không tổng hợp: thứ hạng không cộng dồn được.</translation>
    </message>
    <message>
        <source>No roll-up: scores do not add up.</source>
        <translation>Không tổng hợp: điểm số không cộng dồn được.</translation>
    </message>
    <message>
        <source>No roll-up: percentages without numerator and denominator cannot be combined.</source>
        <translation>Không tổng hợp: tỷ lệ phần trăm không có tử số và mẫu số thì không gộp được.</translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n unit(s): sum of their values.</source>
        <translation>
            <numerusform>Tổng hợp từ %n đơn vị: cộng các giá trị.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Roll-up of %n unit(s): summed numerators over summed denominators.</source>
        <translation>
            <numerusform>Tổng hợp từ %n đơn vị: tổng tử số chia tổng mẫu số.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without numerator and denominator left out.</source>
        <translation>
            <numerusform>Không tính %n đơn vị thiếu tử số và mẫu số.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IndicatorStatusModel</name>
    <message>
        <source>%1
Code: %2</source>
        <translation>%1
Mã: %2</translation>
    </message>
    <message>
        <source>%1
Code: %2 · unit: %3</source>
        <translation>%1
Mã: %2 · đơn vị tính: %3</translation>
    </message>
    <message>
        <source>The period of the latest figure</source>
        <translation>Kỳ của số liệu mới nhất</translation>
    </message>
    <message>
        <source>The unit&apos;s own target in force on the date</source>
        <translation>Chỉ tiêu giao còn hiệu lực của chính đơn vị tại ngày này</translation>
    </message>
    <message>
        <source>Figure against target, not capped at 100%</source>
        <translation>Số liệu so với chỉ tiêu giao, không giới hạn ở 100%</translation>
    </message>
    <message>
        <source>Since the previous period: percentage points for percentages, places for ranks</source>
        <translation>So với kỳ trước: điểm phần trăm đối với tỷ lệ, bậc đối với xếp hạng</translation>
    </message>
    <message>
        <source>Indicator</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Giá trị</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Chỉ tiêu giao</translation>
    </message>
    <message>
        <source>Achievement</source>
        <translation>Mức đạt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
</context>
<context>
    <name>IndicatorStore</name>
    <message numerus="yes">
        <source>%n unit(s) without a figure for %1 left out.</source>
        <translation>
            <numerusform>Không tính %n đơn vị chưa có số liệu %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>value to date, reported for %1</source>
        <translation>số liệu lũy kế đến %1</translation>
    </message>
    <message>
        <source>value for %1</source>
        <translation>số liệu %1</translation>
    </message>
</context>
<context>
    <name>IndicatorsPage</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The indicators could not be read: %1</source>
        <translation>Không đọc được các chỉ tiêu: %1</translation>
    </message>
    <message>
        <source>As of %1: %2 indicators with a target in force · %3 achieved · %4 green · %5 yellow · %6 red</source>
        <translation>Tính đến ngày %1: %2 chỉ tiêu có chỉ tiêu giao · %3 đạt · %4 xanh · %5 vàng · %6 đỏ</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <source>Latest figures and targets in force on this date</source>
        <translation>Số liệu mới nhất và chỉ tiêu giao còn hiệu lực tại ngày này</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>Đơ&amp;n vị:</translation>
    </message>
    <message>
        <source>Province only</source>
        <translation>Chỉ cấp tỉnh</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Tất cả đơn vị</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Màu:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>No colour (no target)</source>
        <translation>Không có màu (chưa giao chỉ tiêu)</translation>
    </message>
    <message>
        <source>Status as of a date</source>
        <translation>Tình hình đến ngày</translation>
    </message>
    <message>
        <source>Data entry</source>
        <translation>Nhập số liệu</translation>
    </message>
    <message>
        <source>Catalogue and targets</source>
        <translation>Danh mục và chỉ tiêu giao</translation>
    </message>
</context>
<context>
    <name>LocaleNumber</name>
    <message>
        <source>Enter a number.</source>
        <translation>Hãy nhập một số.</translation>
    </message>
    <message>
        <source>%1 is not a number: it contains letters.</source>
        <translation>%1 không phải là số: có chứa chữ cái.</translation>
    </message>
    <message>
        <source>%1 is not a number: %2 cannot be used in a number.</source>
        <translation>%1 không phải là số: không được dùng %2 trong số.</translation>
    </message>
    <message>
        <source>%1 is not a number.</source>
        <translation>%1 không phải là số.</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark %2. Thousands are separated with %3: %4.</source>
        <translation>%1 có nhiều hơn một dấu thập phân %2. Hàng nghìn được phân cách bằng dấu %3: %4.</translation>
    </message>
    <message>
        <source>%1 has more than one decimal mark %2.</source>
        <translation>%1 có nhiều hơn một dấu thập phân %2.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 marks decimals and %3 separates thousands, as in %4.</source>
        <translation>Không đọc được %1: dấu %2 là dấu thập phân, dấu %3 phân cách hàng nghìn, ví dụ %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 separates thousands, in groups of three digits. For decimals use %3: %4.</source>
        <translation>Không đọc được %1: dấu %2 phân cách hàng nghìn, mỗi nhóm ba chữ số. Số thập phân dùng dấu %3: %4.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2 separates thousands, in groups of three digits, and %3 marks decimals, as in %4.</source>
        <translation>Không đọc được %1: dấu %2 phân cách hàng nghìn, mỗi nhóm ba chữ số, dấu %3 là dấu thập phân, ví dụ %4.</translation>
    </message>
    <message>
        <source>%1 is too large.</source>
        <translation>%1 quá lớn.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Tạo mới…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Mở…</translation>
    </message>
    <message>
        <source>Open &amp;demo</source>
        <translation>Mở &amp;dữ liệu mẫu</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Sa&amp;o lưu ngay</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>T&amp;hoát</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Cài đặt…</translation>
    </message>
    <message>
        <source>&amp;About SteerDesk</source>
        <translation>&amp;Giới thiệu SteerDesk</translation>
    </message>
    <message>
        <source>Create a new, empty database file</source>
        <translation>Tạo tệp cơ sở dữ liệu mới, chưa có dữ liệu</translation>
    </message>
    <message>
        <source>Open the illustrative demo database</source>
        <translation>Mở cơ sở dữ liệu mẫu để minh họa</translation>
    </message>
    <message>
        <source>Save a verified copy of the open file in the backup folder</source>
        <translation>Lưu một bản sao đã kiểm tra của tệp đang mở vào thư mục sao lưu</translation>
    </message>
    <message>
        <source>%1 — read-only — SteerDesk</source>
        <translation>%1 — chỉ đọc — SteerDesk</translation>
    </message>
    <message>
        <source>%1 — SteerDesk</source>
        <translation>%1 — SteerDesk</translation>
    </message>
    <message>
        <source>No file is open</source>
        <translation>Chưa mở tệp nào</translation>
    </message>
    <message>
        <source>Demo data: illustrative, not an official record</source>
        <translation>Dữ liệu mẫu: chỉ để minh họa, không phải số liệu chính thức</translation>
    </message>
    <message>
        <source>Schema version %1</source>
        <translation>Phiên bản dữ liệu %1</translation>
    </message>
    <message>
        <source>Cannot open the file</source>
        <translation>Không mở được tệp</translation>
    </message>
    <message>
        <source>SteerDesk could not open “%1”.</source>
        <translation>SteerDesk không mở được “%1”.</translation>
    </message>
    <message>
        <source>Cannot create the file</source>
        <translation>Không tạo được tệp</translation>
    </message>
    <message>
        <source>SteerDesk could not create “%1”.</source>
        <translation>SteerDesk không tạo được “%1”.</translation>
    </message>
    <message>
        <source>New database</source>
        <translation>Tạo cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <source>A file with this name already exists, and SteerDesk never replaces a database. Choose another name, or open the file with File › Open….</source>
        <translation>Đã có tệp trùng tên, và SteerDesk không bao giờ thay thế một cơ sở dữ liệu đã có. Hãy chọn tên khác, hoặc mở tệp đó bằng Tệp › Mở….</translation>
    </message>
    <message>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Cannot create the demo database</source>
        <translation>Không tạo được cơ sở dữ liệu mẫu</translation>
    </message>
    <message>
        <source>SteerDesk could not write the demo database to “%1”.</source>
        <translation>SteerDesk không ghi được cơ sở dữ liệu mẫu vào “%1”.</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Sao lưu không thành công</translation>
    </message>
    <message>
        <source>No backup was written. Your file is unchanged.</source>
        <translation>Chưa có bản sao lưu nào được ghi. Tệp của bạn vẫn được giữ nguyên.</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Đã sao lưu</translation>
    </message>
    <message>
        <source>A verified copy of the file was saved as:
%1</source>
        <translation>Bản sao đã kiểm tra của tệp được lưu tại:
%1</translation>
    </message>
    <message>
        <source>SteerDesk databases (%1)</source>
        <translation>Cơ sở dữ liệu SteerDesk (%1)</translation>
    </message>
    <message>
        <source>All files (%1)</source>
        <translation>Tất cả các tệp (%1)</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Hoàn tác: %1</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Làm lại: %1</translation>
    </message>
    <message>
        <source>&amp;Programmes…</source>
        <translation>&amp;Chương trình…</translation>
    </message>
    <message>
        <source>Add or rename the programmes tasks and indicators belong to</source>
        <translation>Thêm hoặc đổi tên các chương trình mà nhiệm vụ và chỉ tiêu thuộc về</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The meeting could not be read.</source>
        <translation>Không đọc được cuộc họp.</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Ngày họp:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên cuộc họp:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Hình thức:</translation>
    </message>
    <message>
        <source>C&amp;haired by:</source>
        <translation>&amp;Chủ trì:</translation>
    </message>
    <message>
        <source>Chair&apos;s &amp;position:</source>
        <translation>Chức &amp;vụ người chủ trì:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>Địa điể&amp;m:</translation>
    </message>
    <message>
        <source>Conclusion &amp;notice:</source>
        <translation>Thông báo &amp;kết luận:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>The meeting was not saved.</source>
        <translation>Cuộc họp chưa được lưu.</translation>
    </message>
    <message>
        <source>New meeting</source>
        <translation>Cuộc họp mới</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Cuộc họp ngày %1</translation>
    </message>
    <message>
        <source>&amp;starts at</source>
        <translation>bắt đầ&amp;u lúc</translation>
    </message>
    <message>
        <source>&amp;Connected points:</source>
        <translation>&amp;Số điểm cầu:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>chưa ghi nhận</translation>
    </message>
    <message>
        <source>How many places were connected to the online conference</source>
        <translation>Số điểm cầu kết nối tham dự hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>e.g. Hội nghị đánh giá kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2026</source>
        <translation>ví dụ: Hội nghị đánh giá kết quả thực hiện nhiệm vụ 5 tháng đầu năm 2026</translation>
    </message>
    <message>
        <source>e.g. Hồ Văn Mừng</source>
        <translation>ví dụ: Hồ Văn Mừng</translation>
    </message>
    <message>
        <source>e.g. Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo</source>
        <translation>ví dụ: Chủ tịch UBND tỉnh, Trưởng Ban Chỉ đạo</translation>
    </message>
    <message>
        <source>e.g. 145/TB-VPUBND; empty: none yet</source>
        <translation>ví dụ: 145/TB-VPUBND; để trống nếu chưa có</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>&amp;Attendees, in the order of the minutes:</source>
        <translation>Thành phần tham dự, theo thứ tự trong &amp;biên bản:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ và tên</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Chức vụ</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>&amp;Add attendee</source>
        <translation>Thêm người &amp;dự</translation>
    </message>
    <message>
        <source>&amp;Remove attendee</source>
        <translation>&amp;Xóa người dự</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuốn&amp;g</translation>
    </message>
</context>
<context>
    <name>MeetingEdits</name>
    <message>
        <source>add directive &apos;%1&apos;</source>
        <translation>thêm chỉ đạo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit directive &apos;%1&apos;</source>
        <translation>sửa chỉ đạo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove directive &apos;%1&apos;</source>
        <translation>xóa chỉ đạo &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add decision &apos;%1&apos;</source>
        <translation>thêm quyết định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit decision &apos;%1&apos;</source>
        <translation>sửa quyết định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove decision &apos;%1&apos;</source>
        <translation>xóa quyết định &apos;%1&apos;</translation>
    </message>
    <message>
        <source>add information &apos;%1&apos;</source>
        <translation>thêm thông tin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit information &apos;%1&apos;</source>
        <translation>sửa thông tin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove information &apos;%1&apos;</source>
        <translation>xóa thông tin &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter the date of the meeting.</source>
        <translation>Hãy nhập ngày họp.</translation>
    </message>
    <message>
        <source>Enter the title of the meeting.</source>
        <translation>Hãy nhập tên cuộc họp.</translation>
    </message>
    <message>
        <source>Choose the kind of meeting: regular review, thematic meeting or online conference.</source>
        <translation>Hãy chọn loại cuộc họp: họp định kỳ, họp chuyên đề hoặc hội nghị trực tuyến.</translation>
    </message>
    <message>
        <source>The number of connected points cannot be negative.</source>
        <translation>Số điểm cầu không được là số âm.</translation>
    </message>
    <message>
        <source>Attendee %1 has no name: enter the person or the group, or remove the row.</source>
        <translation>Thành phần dự họp thứ %1 chưa có tên: hãy nhập tên người hoặc nhóm dự họp, hoặc xóa dòng này.</translation>
    </message>
    <message>
        <source>The unit of attendee %1 is not in the unit list.</source>
        <translation>Đơn vị của thành phần dự họp thứ %1 không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>Give the date of the conclusion notice %1.</source>
        <translation>Hãy nhập ngày ban hành của thông báo kết luận %1.</translation>
    </message>
    <message>
        <source>The conclusion notice %1 is dated %2, before the meeting (%3).</source>
        <translation>Thông báo kết luận %1 ban hành ngày %2, trước ngày họp (%3).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deadline. Write a date (30/09/2026), a period (Quý III/2026), &quot;Thường xuyên&quot; for a standing directive or &quot;Hằng tháng&quot; for a monthly one.</source>
        <translation>&quot;%1&quot; không phải là thời hạn. Hãy ghi một ngày (30/09/2026), một kỳ (Quý III/2026), &quot;Thường xuyên&quot; cho chỉ đạo thường xuyên hoặc &quot;Hằng tháng&quot; cho chỉ đạo hằng tháng.</translation>
    </message>
    <message>
        <source>Give the directive a deadline, or mark it standing.</source>
        <translation>Hãy nhập thời hạn của chỉ đạo, hoặc đánh dấu là nhiệm vụ thường xuyên.</translation>
    </message>
    <message>
        <source>A standing directive has no deadline: clear &quot;%1&quot; or untick Standing.</source>
        <translation>Chỉ đạo thường xuyên không có thời hạn: hãy xóa &quot;%1&quot; hoặc bỏ chọn Thường xuyên.</translation>
    </message>
    <message>
        <source>The deadline %1 is before the meeting (%2).</source>
        <translation>Thời hạn %1 trước ngày họp (%2).</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Cuộc họp không còn tồn tại.</translation>
    </message>
    <message>
        <source>add meeting &apos;%1&apos;</source>
        <translation>thêm cuộc họp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>edit meeting &apos;%1&apos;</source>
        <translation>sửa cuộc họp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>remove meeting &apos;%1&apos;</source>
        <translation>xóa cuộc họp &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The outcome no longer exists.</source>
        <translation>Nội dung kết luận không còn tồn tại.</translation>
    </message>
    <message>
        <source>An outcome cannot be moved to another meeting.</source>
        <translation>Không thể chuyển nội dung kết luận sang cuộc họp khác.</translation>
    </message>
    <message>
        <source>Choose the kind of outcome: information, decision or directive.</source>
        <translation>Hãy chọn loại nội dung: thông tin, quyết định hoặc chỉ đạo.</translation>
    </message>
    <message>
        <source>Enter what the directive asks.</source>
        <translation>Hãy nhập nội dung chỉ đạo.</translation>
    </message>
    <message>
        <source>Enter the text of the outcome.</source>
        <translation>Hãy nhập nội dung kết luận.</translation>
    </message>
    <message>
        <source>The programme is not in the programme list.</source>
        <translation>Chương trình không có trong danh sách chương trình.</translation>
    </message>
    <message>
        <source>Tasks were created from this directive: it stays a directive.</source>
        <translation>Đã giao nhiệm vụ từ chỉ đạo này: nội dung này phải giữ là chỉ đạo.</translation>
    </message>
    <message>
        <source>Choose at least one lead unit for the directive.</source>
        <translation>Hãy chọn ít nhất một đơn vị chủ trì thực hiện chỉ đạo.</translation>
    </message>
    <message>
        <source>A lead unit of the directive is not in the unit list.</source>
        <translation>Một đơn vị chủ trì của chỉ đạo không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>A coordinating unit of the directive is not in the unit list.</source>
        <translation>Một đơn vị phối hợp của chỉ đạo không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>The directive no longer exists.</source>
        <translation>Chỉ đạo không còn tồn tại.</translation>
    </message>
    <message>
        <source>Only a directive becomes tasks.</source>
        <translation>Chỉ nội dung chỉ đạo mới giao thành nhiệm vụ được.</translation>
    </message>
    <message>
        <source>Every lead unit of this directive already has its task.</source>
        <translation>Mọi đơn vị chủ trì của chỉ đạo này đều đã có nhiệm vụ.</translation>
    </message>
    <message numerus="yes">
        <source>create %n task(s) from directive &apos;%1&apos;</source>
        <translation>
            <numerusform>giao %n nhiệm vụ từ chỉ đạo &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MeetingFigures</name>
    <message>
        <source>The figures as of %1 could not be computed: %2</source>
        <translation>Không tính được số liệu tính đến ngày %1: %2</translation>
    </message>
    <message>
        <source>Choose the date the figures are stated at.</source>
        <translation>Chọn ngày chốt số liệu.</translation>
    </message>
    <message>
        <source>The frozen figures cannot be read: %1</source>
        <translation>Không đọc được số liệu đã chốt: %1</translation>
    </message>
    <message>
        <source>they state no date</source>
        <translation>số liệu không ghi ngày chốt</translation>
    </message>
    <message>
        <source>The meeting cannot be read: %1</source>
        <translation>Không đọc được cuộc họp: %1</translation>
    </message>
    <message>
        <source>The meeting no longer exists.</source>
        <translation>Cuộc họp không còn tồn tại.</translation>
    </message>
    <message>
        <source>The figures of the meeting of %1 were frozen on %2 and do not change.</source>
        <translation>Số liệu của cuộc họp ngày %1 đã được chốt ngày %2 và không thay đổi.</translation>
    </message>
    <message>
        <source>freeze the figures of the meeting of %1</source>
        <translation>chốt số liệu của cuộc họp ngày %1</translation>
    </message>
    <message>
        <source>The meeting of %1 has not been held yet: its figures can be frozen from that day.</source>
        <translation>Cuộc họp ngày %1 chưa diễn ra: số liệu chỉ chốt được từ ngày đó.</translation>
    </message>
</context>
<context>
    <name>MeetingFiguresModel</name>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Tasks assigned</source>
        <translation>Tổng số nhiệm vụ được giao</translation>
    </message>
    <message>
        <source>Completion rate (standing tasks aside)</source>
        <translation>Tỷ lệ hoàn thành (không tính nhiệm vụ thường xuyên)</translation>
    </message>
    <message>
        <source>%1 pp</source>
        <extracomment>A change of a percentage in percentage points: &quot;+2,1 điểm %&quot;</extracomment>
        <translation>%1 điểm %</translation>
    </message>
    <message>
        <source>Pilot models</source>
        <translation>Mô hình điểm</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <extracomment>Pilot models completed out of all: &quot;24/42&quot;
----------
Monthly reports received out of those owed: &quot;25/30&quot;</extracomment>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>With a target in force</source>
        <translation>Có chỉ tiêu giao đang áp dụng</translation>
    </message>
    <message>
        <source>Achieved</source>
        <translation>Đạt chỉ tiêu</translation>
    </message>
    <message>
        <source>Communes, wards and special zones</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Period assessed</source>
        <translation>Kỳ đánh giá</translation>
    </message>
    <message>
        <source>Units&apos; monthly reports</source>
        <translation>Báo cáo tháng của các đơn vị</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Đã nhận</translation>
    </message>
    <message>
        <source>Indicators of the province</source>
        <translation>Chỉ tiêu cấp tỉnh</translation>
    </message>
    <message>
        <source>%1 (not frozen)</source>
        <extracomment>A column of figures whose meeting has none frozen: &quot;Họp 17/04/2025 (chưa chốt)&quot;</extracomment>
        <translation>%1 (chưa chốt)</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>Earlier meeting</source>
        <translation>Cuộc họp trước</translation>
    </message>
    <message>
        <source>Later meeting</source>
        <translation>Cuộc họp sau</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Thay đổi</translation>
    </message>
</context>
<context>
    <name>MeetingFiguresPane</name>
    <message>
        <source>(no comparison)</source>
        <translation>(không so sánh)</translation>
    </message>
    <message>
        <source>Meeting of %1</source>
        <translation>Họp ngày %1</translation>
    </message>
    <message>
        <source>%1 (frozen)</source>
        <translation>%1 (đã chốt)</translation>
    </message>
    <message>
        <source>The figures as of %1 could not be computed: %2</source>
        <translation>Không tính được số liệu đến ngày %1: %2</translation>
    </message>
    <message>
        <source>%1 (computed now, not frozen)</source>
        <translation>%1 (tính lại, chưa chốt)</translation>
    </message>
    <message>
        <source>The meeting of %1 has no frozen figures: they are computed now as of its date, from what the file holds today, and may change.</source>
        <translation>Cuộc họp ngày %1 chưa chốt số liệu: số liệu được tính lại đến ngày họp từ dữ liệu hiện có trong tệp và có thể còn thay đổi.</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Không so sánh</translation>
    </message>
    <message>
        <source>&amp;Compare with:</source>
        <translation>&amp;So sánh với:</translation>
    </message>
</context>
<context>
    <name>MeetingListModel</name>
    <message>
        <source>Regular review</source>
        <translation>Họp định kỳ</translation>
    </message>
    <message>
        <source>Thematic</source>
        <translation>Chuyên đề</translation>
    </message>
    <message>
        <source>Online conference</source>
        <translation>Hội nghị trực tuyến</translation>
    </message>
    <message>
        <source>%1/%2 completed</source>
        <translation>%1/%2 hoàn thành</translation>
    </message>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n quá hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>Figures frozen as of %1</source>
        <translation>Số liệu đã chốt đến ngày %1</translation>
    </message>
    <message>
        <source>Figures not frozen</source>
        <translation>Số liệu chưa chốt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <source>Directives</source>
        <translation>Chỉ đạo</translation>
    </message>
    <message>
        <source>Tasks as of %1</source>
        <translation>Nhiệm vụ đến ngày %1</translation>
    </message>
    <message>
        <source>Figures frozen</source>
        <translation>Chốt số liệu</translation>
    </message>
</context>
<context>
    <name>MeetingsPage</name>
    <message>
        <source>The meetings could not be read: %1</source>
        <translation>Không đọc được danh sách cuộc họp: %1</translation>
    </message>
    <message>
        <source>The meeting could not be read: %1</source>
        <translation>Không đọc được cuộc họp: %1</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>No meeting is recorded yet: add one with New meeting.</source>
        <translation>Chưa có cuộc họp nào: thêm bằng nút Thêm cuộc họp.</translation>
    </message>
    <message>
        <source>Choose a meeting in the list.</source>
        <translation>Hãy chọn một cuộc họp trong danh sách.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 with %n connected point(s)</source>
        <translation>
            <numerusform>%1, %n điểm cầu</numerusform>
        </translation>
    </message>
    <message>
        <source>Chaired by %1</source>
        <translation>Chủ trì: %1</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>tại %1</translation>
    </message>
    <message>
        <source>Conclusion notice %1 of %2</source>
        <translation>Thông báo kết luận số %1 ngày %2</translation>
    </message>
    <message>
        <source>Conclusion notice %1</source>
        <translation>Thông báo kết luận số %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Attendees: %1</source>
        <translation>Thành phần: %1</translation>
    </message>
    <message>
        <source>No attendee recorded.</source>
        <translation>Chưa ghi thành phần tham dự.</translation>
    </message>
    <message>
        <source>The figures of this meeting were frozen as of %1: they never change.</source>
        <translation>Số liệu của cuộc họp này đã được chốt đến ngày %1 và không thay đổi nữa.</translation>
    </message>
    <message>
        <source>Store the task counts, indicators and commune colours as of the meeting&apos;s date with the meeting, so that what was printed for it never changes</source>
        <translation>Lưu cùng cuộc họp số nhiệm vụ, chỉ tiêu và màu của các xã tính đến ngày họp, để những gì đã in cho cuộc họp không bao giờ thay đổi</translation>
    </message>
    <message>
        <source>Every lead unit of this directive has its task</source>
        <translation>Mọi đơn vị chủ trì của chỉ đạo này đều đã có nhiệm vụ</translation>
    </message>
    <message>
        <source>Create one task per lead unit of the selected directive, linked to it (Ctrl+T)</source>
        <translation>Tạo cho mỗi đơn vị chủ trì của chỉ đạo đang chọn một nhiệm vụ gắn với chỉ đạo (Ctrl+T)</translation>
    </message>
    <message>
        <source>Remove the meeting %1?</source>
        <translation>Xóa cuộc họp %1?</translation>
    </message>
    <message numerus="yes">
        <source>Its attendees and its %n outcome(s) are removed with it.</source>
        <translation>
            <numerusform>Thành phần tham dự và %n nội dung kết luận của cuộc họp cũng bị xóa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) created from its directives stay in the register.</source>
        <translation>
            <numerusform>%n nhiệm vụ đã tạo từ các chỉ đạo của cuộc họp vẫn được giữ trong danh mục nhiệm vụ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Its frozen figures are removed too.</source>
        <translation>Số liệu đã chốt của cuộc họp cũng bị xóa.</translation>
    </message>
    <message>
        <source>Edit › Undo brings everything back.</source>
        <translation>Sửa › Hoàn tác sẽ khôi phục tất cả.</translation>
    </message>
    <message>
        <source>Remove meeting</source>
        <translation>Xóa cuộc họp</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Freeze figures</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <source>Freeze the figures of the meeting of %1?</source>
        <translation>Chốt số liệu của cuộc họp ngày %1?</translation>
    </message>
    <message>
        <source>The task counts by status, the indicators against their targets and the commune colours as of %1 are stored with the meeting. What is printed for it then never changes, whatever is recorded later.</source>
        <translation>Số nhiệm vụ theo tình trạng, các chỉ tiêu so với chỉ tiêu giao và màu của các xã tính đến ngày %1 được lưu cùng cuộc họp. Những gì in cho cuộc họp sẽ không thay đổi, dù sau này có ghi nhận thêm gì.</translation>
    </message>
    <message>
        <source>Freeze</source>
        <translation>Chốt</translation>
    </message>
    <message>
        <source>The figures of the meeting of %1 are frozen.</source>
        <translation>Đã chốt số liệu của cuộc họp ngày %1.</translation>
    </message>
    <message>
        <source>Remove outcome</source>
        <translation>Xóa nội dung kết luận</translation>
    </message>
    <message>
        <source>Remove outcome %1 of this meeting?</source>
        <translation>Xóa nội dung kết luận số %1 của cuộc họp này?</translation>
    </message>
    <message numerus="yes">
        <source>The %n task(s) created from it stay in the register, no longer linked to this meeting. Edit › Undo brings the outcome and the links back.</source>
        <translation>
            <numerusform>%n nhiệm vụ đã tạo từ nội dung này vẫn được giữ trong danh mục nhiệm vụ, nhưng không còn gắn với cuộc họp. Sửa › Hoàn tác sẽ khôi phục nội dung và các liên kết.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n task(s): %1.</source>
        <translation>
            <numerusform>Đã tạo %n nhiệm vụ: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <source>The directives&apos; tasks are shown with their status as of this date</source>
        <translation>Nhiệm vụ của các chỉ đạo được hiển thị với tình trạng tính đến ngày này</translation>
    </message>
    <message>
        <source>Conclusions and directives</source>
        <translation>Kết luận và chỉ đạo</translation>
    </message>
    <message>
        <source>Figures</source>
        <translation>Số liệu</translation>
    </message>
    <message>
        <source>&amp;New meeting…</source>
        <translation>Thêm &amp;cuộc họp…</translation>
    </message>
    <message>
        <source>Record a meeting: date, kind, chair, attendees (Insert)</source>
        <translation>Ghi một cuộc họp: ngày, hình thức, chủ trì, thành phần (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Open the chosen meeting&apos;s form (Ctrl+E or double-click)</source>
        <translation>Mở biểu mẫu của cuộc họp đang chọn (Ctrl+E hoặc bấm đúp)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>&amp;Freeze figures…</source>
        <translation>C&amp;hốt số liệu…</translation>
    </message>
    <message>
        <source>&amp;Add outcome…</source>
        <translation>Thêm &amp;nội dung…</translation>
    </message>
    <message>
        <source>Add information, a decision or a directive to the meeting (Insert)</source>
        <translation>Thêm thông tin, quyết định hoặc chỉ đạo vào cuộc họp (Insert)</translation>
    </message>
    <message>
        <source>Edit o&amp;utcome…</source>
        <translation>Sửa nội d&amp;ung…</translation>
    </message>
    <message>
        <source>Open the selected outcome&apos;s form (Ctrl+E or double-click)</source>
        <translation>Mở biểu mẫu của nội dung đang chọn (Ctrl+E hoặc bấm đúp)</translation>
    </message>
    <message>
        <source>Remo&amp;ve outcome</source>
        <translation>Xóa nội dun&amp;g</translation>
    </message>
    <message>
        <source>Create &amp;tasks</source>
        <translation>Tạo nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>&amp;Open task</source>
        <translation>&amp;Mở nhiệm vụ</translation>
    </message>
    <message>
        <source>Show the selected task in the task register (or double-click it)</source>
        <translation>Hiển thị nhiệm vụ đang chọn trong danh mục nhiệm vụ (hoặc bấm đúp vào nhiệm vụ)</translation>
    </message>
</context>
<context>
    <name>MoveUnitDialog</name>
    <message>
        <source>Choose the unit to put it under.</source>
        <translation>Chọn đơn vị cấp trên để chuyển đến.</translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation>Không có đơn vị nào tên “%1”: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Move unit</source>
        <translation>Chuyển đơn vị</translation>
    </message>
    <message>
        <source>Put “%1” &amp;under:</source>
        <translation>Chuyển “%1” về trực &amp;thuộc:</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <source>Dashboard</source>
        <translation>Tổng quan</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Indicators</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <source>Communes</source>
        <translation>Xã, phường</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Cuộc họp</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Báo cáo</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>Monthly reports</source>
        <translation>Báo cáo tháng</translation>
    </message>
</context>
<context>
    <name>ObservationEdits</name>
    <message>
        <source>The indicator no longer exists.</source>
        <translation>Chỉ tiêu này không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 is not a period.</source>
        <translation>%1 không phải là một kỳ báo cáo.</translation>
    </message>
    <message>
        <source>A unit of the edit is no longer in the unit list; nothing was changed.</source>
        <translation>Một đơn vị trong thao tác sửa không còn trong danh sách đơn vị; không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1: this indicator is not a rate; enter its value only.</source>
        <translation>%1: chỉ tiêu này không phải là tỷ lệ; chỉ nhập giá trị.</translation>
    </message>
    <message>
        <source>%1: the denominator must be greater than zero.</source>
        <translation>%1: mẫu số phải lớn hơn 0.</translation>
    </message>
    <message>
        <source>%1: the numerator cannot be negative.</source>
        <translation>%1: tử số không được âm.</translation>
    </message>
    <message>
        <source>%1: the value is not a number.</source>
        <translation>%1: giá trị không phải là số.</translation>
    </message>
    <message>
        <source>%1: a rank is a whole number from 1.</source>
        <translation>%1: thứ hạng là số nguyên từ 1 trở lên.</translation>
    </message>
    <message>
        <source>%1: enter how many were ranked, e.g. 16/34.</source>
        <translation>%1: hãy nhập số đơn vị được xếp hạng, ví dụ 16/34.</translation>
    </message>
    <message>
        <source>%1: rank %2 is beyond the %3 ranked.</source>
        <translation>%1: hạng %2 vượt quá số %3 đơn vị được xếp hạng.</translation>
    </message>
    <message>
        <source>%1: a count or an amount cannot be negative.</source>
        <translation>%1: số lượng hoặc số tiền không được âm.</translation>
    </message>
    <message>
        <source>remove the value of &apos;%1&apos; for %2, %3</source>
        <translation>xóa số liệu &apos;%1&apos; của %2, %3</translation>
    </message>
    <message>
        <source>enter the value of &apos;%1&apos; for %2, %3</source>
        <translation>nhập số liệu &apos;%1&apos; của %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>enter %n value(s) of &apos;%1&apos;</source>
        <translation>
            <numerusform>nhập %n số liệu &apos;%1&apos;</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ObservationGrid</name>
    <message>
        <source>&amp;Indicator:</source>
        <translation>&amp;Chỉ tiêu:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Năm:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Từ kỳ:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đến &amp;kỳ:</translation>
    </message>
    <message>
        <source>First period: 2026-01, 2026Q1, 2026H1 or 2026</source>
        <translation>Kỳ đầu: 2026-01, 2026Q1, 2026H1 hoặc 2026</translation>
    </message>
    <message>
        <source>Last period, of the same kind as the first</source>
        <translation>Kỳ cuối, cùng loại với kỳ đầu</translation>
    </message>
    <message>
        <source>The file is open read-only: figures can be read but not entered.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: có thể xem nhưng không nhập được số liệu.</translation>
    </message>
    <message>
        <source>Selected cell</source>
        <translation>Ô đang chọn</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Giá trị:</translation>
    </message>
    <message>
        <source>&amp;Numerator:</source>
        <translation>Tử &amp;số:</translation>
    </message>
    <message>
        <source>&amp;Denominator:</source>
        <translation>&amp;Mẫu số:</translation>
    </message>
    <message>
        <source>Number &amp;ranked:</source>
        <translation>Số đơn vị &amp;xếp hạng:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>chưa biết</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>Gh&amp;i chú:</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>Á&amp;p dụng</translation>
    </message>
    <message>
        <source>empty removes the value</source>
        <translation>để trống để xóa số liệu</translation>
    </message>
    <message>
        <source>Give two periods of the same kind, e.g. 2026-01 to 2026-12, or 2025Q1 to 2026Q4.</source>
        <translation>Hãy nhập hai kỳ cùng loại, ví dụ 2026-01 đến 2026-12, hoặc 2025Q1 đến 2026Q4.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No value yet.</source>
        <translation>Chưa có số liệu.</translation>
    </message>
    <message>
        <source>Entered on %1.</source>
        <translation>Nhập lúc %1.</translation>
    </message>
    <message>
        <source>Entered by %1 on %2.</source>
        <translation>Do %1 nhập lúc %2.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: enter how many were ranked.</source>
        <translation>%1: hãy nhập số đơn vị được xếp hạng.</translation>
    </message>
    <message>
        <source>The file is open read-only: nothing was pasted.</source>
        <translation>Tệp đang mở ở chế độ chỉ đọc: không có gì được dán.</translation>
    </message>
</context>
<context>
    <name>ObservationGridModel</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>No value. Type a number, or numerator/denominator (955745/1037500).</source>
        <translation>Chưa có số liệu. Nhập một số, hoặc tử số/mẫu số (955745/1037500).</translation>
    </message>
    <message>
        <source>No value. Type the rank with the number ranked (16/34).</source>
        <translation>Chưa có số liệu. Nhập thứ hạng kèm số đơn vị được xếp hạng (16/34).</translation>
    </message>
    <message>
        <source>No value. Type a number to enter one.</source>
        <translation>Chưa có số liệu. Gõ một số để nhập.</translation>
    </message>
    <message>
        <source>Rank %1 of %2</source>
        <translation>Hạng %1/%2</translation>
    </message>
    <message>
        <source>Value: %1</source>
        <translation>Giá trị: %1</translation>
    </message>
    <message>
        <source>Numerator / denominator: %1 / %2</source>
        <translation>Tử số / mẫu số: %1 / %2</translation>
    </message>
    <message>
        <source>Comment: %1</source>
        <translation>Ghi chú: %1</translation>
    </message>
    <message>
        <source>Entered by %1 on %2</source>
        <translation>Do %1 nhập lúc %2</translation>
    </message>
    <message>
        <source>Entered on %1</source>
        <translation>Nhập lúc %1</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (đã giải thể)</translation>
    </message>
    <message>
        <source>Only a rate (numerator/denominator, e.g. 955745/1037500) or a rank (rank/number ranked, e.g. 16/34) is entered with &quot;/&quot;.</source>
        <translation>Chỉ tỷ lệ (tử số/mẫu số, ví dụ 955745/1037500) hoặc thứ hạng (hạng/số đơn vị xếp hạng, ví dụ 16/34) mới nhập với dấu &quot;/&quot;.</translation>
    </message>
    <message>
        <source>The number ranked is a whole number, e.g. 16/34.</source>
        <translation>Số đơn vị được xếp hạng là số nguyên, ví dụ 16/34.</translation>
    </message>
    <message>
        <source>This indicator is not a percentage: enter the number without &quot;%&quot;.</source>
        <translation>Chỉ tiêu này không tính theo phần trăm: hãy nhập số không kèm dấu &quot;%&quot;.</translation>
    </message>
    <message>
        <source>How many were ranked is not known yet: enter the rank with it, e.g. 16/34.</source>
        <translation>Chưa biết số đơn vị được xếp hạng: hãy nhập thứ hạng kèm số đó, ví dụ 16/34.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <source>The pasted block does not fit in the grid from %1, %2: nothing was pasted.</source>
        <translation>Khối dữ liệu dán vào vượt ra ngoài bảng tính từ ô %1, %2: không có gì được dán.</translation>
    </message>
    <message>
        <source>%1, %2: %3 Nothing was pasted.</source>
        <translation>%1, %2: %3 Không có gì được dán.</translation>
    </message>
</context>
<context>
    <name>OccurrenceTable</name>
    <message>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
</context>
<context>
    <name>OutcomeDialog</name>
    <message>
        <source>The outcome was not saved.</source>
        <translation>Nội dung kết luận chưa được lưu.</translation>
    </message>
    <message>
        <source>standing: no single deadline</source>
        <translation>thường xuyên: không có thời hạn cụ thể</translation>
    </message>
    <message>
        <source>New outcome</source>
        <translation>Nội dung kết luận mới</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <translation>Nội dung kết luận số %1</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Text, as the conclusion words it:</source>
        <translation>&amp;Nội dung, như văn bản kết luận ghi:</translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu</source>
        <translation>ví dụ: Sở Nội vụ khẩn trương thuê tư vấn, tổ chức đấu thầu để hoàn thành số hóa dữ liệu</translation>
    </message>
    <message>
        <source>&amp;Lead units (one task each):</source>
        <translation>Đơn vị &amp;chủ trì (mỗi đơn vị một nhiệm vụ):</translation>
    </message>
    <message>
        <source>C&amp;oordinating units:</source>
        <translation>Đơn vị &amp;phối hợp:</translation>
    </message>
    <message>
        <source>No lead unit: a directive needs at least one.</source>
        <translation>Chưa có đơn vị chủ trì: mỗi chỉ đạo cần ít nhất một đơn vị.</translation>
    </message>
    <message>
        <source>No coordinating unit.</source>
        <translation>Không có đơn vị phối hợp.</translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation>&amp;Thời hạn:</translation>
    </message>
    <message>
        <source>&amp;Standing</source>
        <translation>Thường &amp;xuyên</translation>
    </message>
    <message>
        <source>No single deadline: an ongoing task (Thường xuyên), or one that recurs as worded (Hằng tháng, Hằng quý, Hằng năm)</source>
        <translation>Không có một thời hạn cụ thể: nhiệm vụ thường xuyên (Thường xuyên), hoặc lặp lại theo cách ghi (Hằng tháng, Hằng quý, Hằng năm)</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Chươn&amp;g trình:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không</translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) were created from this directive; they keep their own deadline and units when it is edited.</source>
        <translation>
            <numerusform>Đã tạo %n nhiệm vụ từ chỉ đạo này; khi sửa chỉ đạo, các nhiệm vụ đó vẫn giữ nguyên thời hạn và đơn vị của mình.</numerusform>
        </translation>
    </message>
    <message>
        <source>a task recurring %1</source>
        <translation>nhiệm vụ lặp lại %1</translation>
    </message>
</context>
<context>
    <name>OverrideColourDialog</name>
    <message>
        <source>Set colour by hand</source>
        <translation>Điều chỉnh màu thủ công</translation>
    </message>
    <message>
        <source>The colour of %1 for %2 is set by hand and stays when the period is assessed by the rules again, until you clear it. The reason is kept in the history.</source>
        <translation>Màu của %1 trong %2 được điều chỉnh thủ công và được giữ nguyên khi đánh giá lại theo quy tắc, cho đến khi bỏ điều chỉnh. Lý do được lưu trong lịch sử.</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Màu:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Lý do:</translation>
    </message>
    <message>
        <source>Required: why this colour, e.g. the document that confirms it</source>
        <translation>Bắt buộc: lý do chọn màu này, ví dụ văn bản xác nhận</translation>
    </message>
</context>
<context>
    <name>Period</name>
    <message>
        <source>1</source>
        <comment>quarter numeral</comment>
        <translation>I</translation>
    </message>
    <message>
        <source>2</source>
        <comment>quarter numeral</comment>
        <translation>II</translation>
    </message>
    <message>
        <source>3</source>
        <comment>quarter numeral</comment>
        <translation>III</translation>
    </message>
    <message>
        <source>4</source>
        <comment>quarter numeral</comment>
        <translation>IV</translation>
    </message>
    <message>
        <source>Month %1/%2</source>
        <extracomment>A month as a period, e.g. &quot;Tháng 5/2026&quot;; %1 month number, %2 year.</extracomment>
        <translation>Tháng %1/%2</translation>
    </message>
    <message>
        <source>Q%1 %2</source>
        <extracomment>A quarter, e.g. &quot;Quý III/2026&quot;; %1 the quarter numeral, %2 the year.</extracomment>
        <translation>Quý %1/%2</translation>
    </message>
    <message>
        <source>First half of %1</source>
        <translation>6 tháng đầu năm %1</translation>
    </message>
    <message>
        <source>Second half of %1</source>
        <translation>6 tháng cuối năm %1</translation>
    </message>
    <message>
        <source>Year %1</source>
        <translation>Năm %1</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>This page arrives with a later version of SteerDesk.</source>
        <translation>Trang này sẽ có trong phiên bản SteerDesk tiếp theo.</translation>
    </message>
    <message>
        <source>Open file: %1</source>
        <translation>Tệp đang mở: %1</translation>
    </message>
    <message>
        <source>No file is open. Use File › Open… or File › Open demo.</source>
        <translation>Chưa mở tệp nào. Hãy chọn Tệp › Mở… hoặc Tệp › Mở dữ liệu mẫu.</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Add programme</source>
        <translation>Thêm chương trình</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>A programme needs a code and a name.</source>
        <translation>Chương trình cần có mã và tên.</translation>
    </message>
    <message>
        <source>Rename programme %1</source>
        <translation>Đổi tên chương trình %1</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Tên không được để trống.</translation>
    </message>
    <message>
        <source>Programmes</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>A&amp;dd programme…</source>
        <translation>&amp;Thêm chương trình…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>English name</source>
        <translation>Tên tiếng Anh</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only</source>
        <translation>Chỉ đọc</translation>
    </message>
    <message>
        <source>%1 Nothing can be changed in this file.</source>
        <translation>%1 Không thể thay đổi nội dung tệp này.</translation>
    </message>
</context>
<context>
    <name>RecentFilesMenu</name>
    <message>
        <source>Open &amp;recent</source>
        <translation>Mở tệp &amp;gần đây</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>&amp;Xóa danh sách</translation>
    </message>
</context>
<context>
    <name>RecordReportDialog</name>
    <message>
        <source>The report was not recorded.</source>
        <translation>Chưa ghi nhận được báo cáo.</translation>
    </message>
    <message>
        <source>Record received report</source>
        <translation>Ghi nhận báo cáo đã nhận</translation>
    </message>
    <message>
        <source>%1 — report for %2, due %3</source>
        <translation>%1 — báo cáo tháng %2, hạn nộp %3</translation>
    </message>
    <message>
        <source>&amp;Received on:</source>
        <translation>&amp;Ngày nhận:</translation>
    </message>
    <message>
        <source>&amp;Document number:</source>
        <translation>&amp;Số văn bản:</translation>
    </message>
    <message>
        <source>e.g. 125/BC-STC; empty: none</source>
        <translation>ví dụ 125/BC-STC; để trống: không có</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Ghi chú:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Ghi nhận</translation>
    </message>
</context>
<context>
    <name>ReferenceData</name>
    <message>
        <source>Central Steering Committee</source>
        <translation>Ban Chỉ đạo Trung ương</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Chính phủ</translation>
    </message>
    <message>
        <source>Provincial Steering Committee</source>
        <translation>Ban Chỉ đạo tỉnh</translation>
    </message>
    <message>
        <source>Provincial People&apos;s Committee</source>
        <translation>UBND tỉnh</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Khác</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Một lần</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Sở, ngành</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>Commune</source>
        <translation>Xã</translation>
    </message>
    <message>
        <source>Ward</source>
        <translation>Phường</translation>
    </message>
    <message>
        <source>Special zone</source>
        <translation>Đặc khu</translation>
    </message>
    <message>
        <source>District</source>
        <translation>Huyện</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>Tỉnh</translation>
    </message>
    <message>
        <source>Percent</source>
        <translation>Tỷ lệ phần trăm</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Số lượng</translation>
    </message>
    <message>
        <source>Money (VND)</source>
        <translation>Tiền (VNĐ)</translation>
    </message>
    <message>
        <source>Score (points)</source>
        <translation>Điểm</translation>
    </message>
    <message>
        <source>Rank among peers</source>
        <translation>Xếp hạng</translation>
    </message>
    <message>
        <source>Higher is better</source>
        <translation>Càng cao càng tốt</translation>
    </message>
    <message>
        <source>Lower is better</source>
        <translation>Càng thấp càng tốt</translation>
    </message>
    <message>
        <source>For the period</source>
        <translation>Trong kỳ</translation>
    </message>
    <message>
        <source>To date (cumulative)</source>
        <translation>Lũy kế đến kỳ</translation>
    </message>
    <message>
        <source>Communes and wards</source>
        <translation>Cấp xã, phường</translation>
    </message>
    <message>
        <source>Departments and agencies</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <source>Any unit</source>
        <translation>Mọi đơn vị</translation>
    </message>
</context>
<context>
    <name>RowChanges</name>
    <message>
        <source>The record was changed or removed meanwhile; nothing was saved.</source>
        <translation>Bản ghi đã bị thay đổi hoặc xóa trong lúc đó; chưa lưu gì.</translation>
    </message>
</context>
<context>
    <name>SavedFilters</name>
    <message>
        <source>Give the filter a name.</source>
        <translation>Hãy đặt tên cho bộ lọc.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Ngôn ngữ:</translation>
    </message>
    <message>
        <source>Same as the system (%1)</source>
        <translation>Theo hệ thống (%1)</translation>
    </message>
    <message>
        <source>Numbers and dates follow the language.</source>
        <translation>Số và ngày tháng hiển thị theo ngôn ngữ.</translation>
    </message>
    <message>
        <source>The setting was not saved: %1</source>
        <translation>Chưa lưu được thiết lập: %1</translation>
    </message>
    <message>
        <source>&amp;Due soon:</source>
        <translation>&amp;Sắp đến hạn:</translation>
    </message>
    <message>
        <source> days before the deadline</source>
        <translation> ngày trước thời hạn</translation>
    </message>
    <message>
        <source>Open tasks whose deadline is this close are marked due soon. Kept in this file.</source>
        <translation>Nhiệm vụ chưa hoàn thành có thời hạn gần đến mức này được đánh dấu sắp đến hạn. Lưu trong tệp này.</translation>
    </message>
</context>
<context>
    <name>TableExport</name>
    <message>
        <source>%1 cannot be written: only %2 files can be.</source>
        <translation>Không thể ghi %1: chỉ ghi được tệp %2.</translation>
    </message>
</context>
<context>
    <name>TargetDialog</name>
    <message>
        <source>Choose the unit the target is set for.</source>
        <translation>Chọn đơn vị được giao chỉ tiêu.</translation>
    </message>
    <message>
        <source>Enter the target.</source>
        <translation>Nhập chỉ tiêu giao.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>New target</source>
        <translation>Giao chỉ tiêu mới</translation>
    </message>
    <message>
        <source>a place, e.g. 10</source>
        <translation>thứ hạng, ví dụ: 10</translation>
    </message>
    <message>
        <source>e.g. 80 (percent)</source>
        <translation>ví dụ: 80 (phần trăm)</translation>
    </message>
    <message>
        <source>e.g. 25/KH-BCĐ</source>
        <translation>ví dụ: 25/KH-BCĐ</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>Đơn &amp;vị:</translation>
    </message>
    <message>
        <source>Assigned &amp;by:</source>
        <translation>Cấp &amp;giao:</translation>
    </message>
    <message>
        <source>Applies &amp;from:</source>
        <translation>Áp dụng &amp;từ ngày:</translation>
    </message>
    <message>
        <source>&amp;Target:</source>
        <translation>&amp;Chỉ tiêu giao:</translation>
    </message>
    <message>
        <source>&amp;Document:</source>
        <translation>&amp;Văn bản:</translation>
    </message>
    <message>
        <source>Document d&amp;ate:</source>
        <translation>&amp;Ngày văn bản:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>Ghi c&amp;hú:</translation>
    </message>
</context>
<context>
    <name>TargetTableModel</name>
    <message>
        <source>Set by %1 from %2</source>
        <translation>Do %1 giao, áp dụng từ %2</translation>
    </message>
    <message>
        <source>Document: %1</source>
        <translation>Văn bản: %1</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Đơn vị</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Từ ngày</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Văn bản</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The task could not be read.</source>
        <translation>Không đọc được nhiệm vụ.</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tên nhiệm vụ:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Programme:</source>
        <translation>Chương t&amp;rình:</translation>
    </message>
    <message>
        <source>Assigned in &amp;document:</source>
        <translation>&amp;Văn bản giao:</translation>
    </message>
    <message>
        <source>Assigned &amp;by:</source>
        <translation>Cấp &amp;giao:</translation>
    </message>
    <message>
        <source>Assigned &amp;on:</source>
        <translation>&amp;Ngày giao:</translation>
    </message>
    <message>
        <source>&amp;Recurs:</source>
        <translation>Lặ&amp;p lại:</translation>
    </message>
    <message>
        <source>&amp;Lead unit:</source>
        <translation>Đơn vị &amp;chủ trì:</translation>
    </message>
    <message>
        <source>Coordinating &amp;units:</source>
        <translation>Đơn vị ph&amp;ối hợp:</translation>
    </message>
    <message>
        <source>Completion:</source>
        <translation>Hoàn thành:</translation>
    </message>
    <message>
        <source>The task was not saved.</source>
        <translation>Nhiệm vụ chưa được lưu.</translation>
    </message>
    <message>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Task %1</source>
        <translation>Nhiệm vụ %1</translation>
    </message>
    <message>
        <source>dated</source>
        <translation>ngày</translation>
    </message>
    <message>
        <source>e.g. 120/KH-UBND; empty: none</source>
        <translation>VD: 120/KH-UBND; để trống nếu không có</translation>
    </message>
    <message>
        <source>Type part of the name, accents optional</source>
        <translation>Gõ một phần tên, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>A new task gets the next free code; any unique code may be used.</source>
        <translation>Nhiệm vụ mới được gợi ý mã kế tiếp còn trống; có thể dùng bất kỳ mã nào chưa trùng.</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Pilot model</source>
        <translation>Mô hình điểm</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>No coordinating unit.</source>
        <translation>Không có đơn vị phối hợp.</translation>
    </message>
    <message>
        <source>due at the end of every period</source>
        <translation>đến hạn vào cuối mỗi kỳ</translation>
    </message>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation>Không có đơn vị nào tên “%1”: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Deadli&amp;ne:</source>
        <translation>Thời &amp;hạn:</translation>
    </message>
    <message>
        <source>R&amp;esult:</source>
        <translation>Kết &amp;quả:</translation>
    </message>
    <message>
        <source>Pro&amp;gress notes:</source>
        <translation>Gh&amp;i chú tiến độ:</translation>
    </message>
    <message>
        <source>Co&amp;mpleted on</source>
        <translation>Hoàn thành ngà&amp;y</translation>
    </message>
    <message>
        <source>Periods, with their status today:</source>
        <translation>Các kỳ và tình trạng đến hôm nay:</translation>
    </message>
    <message>
        <source>Each period&apos;s status today. Record a period&apos;s report with Mark completed.</source>
        <translation>Tình trạng của từng kỳ tính đến hôm nay. Ghi nhận báo cáo của một kỳ bằng Đánh dấu hoàn thành.</translation>
    </message>
    <message>
        <source>Clo&amp;sed on</source>
        <translation>Đã đóng ngà&amp;y</translation>
    </message>
    <message>
        <source>A recurring task closed on a date no longer falls due after that period. Each period&apos;s report is recorded with Mark completed.</source>
        <translation>Nhiệm vụ định kỳ đã đóng vào một ngày sẽ không còn đến hạn sau kỳ chứa ngày đó. Báo cáo của từng kỳ được ghi nhận bằng Đánh dấu hoàn thành.</translation>
    </message>
</context>
<context>
    <name>TaskFilterBar</name>
    <message>
        <source>Saved filters…</source>
        <translation>Bộ lọc đã lưu…</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>Lưu bộ lọc</translation>
    </message>
    <message>
        <source>Name of this filter (for example &quot;Overdue — Department of Science and Technology&quot;):</source>
        <translation>Tên bộ lọc (ví dụ &quot;Quá hạn — Sở KH&amp;CN&quot;):</translation>
    </message>
    <message>
        <source>The filter was not saved: %1</source>
        <translation>Chưa lưu được bộ lọc: %1</translation>
    </message>
    <message>
        <source>Delete filter</source>
        <translation>Xóa bộ lọc</translation>
    </message>
    <message>
        <source>Choose a saved filter first.</source>
        <translation>Hãy chọn một bộ lọc đã lưu trước.</translation>
    </message>
    <message>
        <source>Delete the saved filter &quot;%1&quot;?</source>
        <translation>Xóa bộ lọc đã lưu &quot;%1&quot;?</translation>
    </message>
    <message>
        <source>The filter was not deleted: %1</source>
        <translation>Chưa xóa được bộ lọc: %1</translation>
    </message>
    <message>
        <source>&amp;Deadline from</source>
        <translation>&amp;Thời hạn từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>any</source>
        <translation>bất kỳ</translation>
    </message>
    <message>
        <source>Archi&amp;ved</source>
        <translation>Đã lư&amp;u trữ</translation>
    </message>
    <message>
        <source>Show archived tasks instead of current ones; restore them from here</source>
        <translation>Hiện các nhiệm vụ đã lưu trữ thay cho nhiệm vụ hiện hành; khôi phục chúng tại đây</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Lưu…</translation>
    </message>
    <message>
        <source>Save the current filters under a name, in this file</source>
        <translation>Lưu bộ lọc hiện tại với một tên, trong tệp này</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Delete the chosen saved filter</source>
        <translation>Xóa bộ lọc đã lưu đang chọn</translation>
    </message>
    <message>
        <source>All programmes</source>
        <translation>Tất cả chương trình</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>All lead units</source>
        <translation>Tất cả đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Lead unit: type part of the name, accents optional</source>
        <translation>Đơn vị chủ trì: gõ một phần tên, có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Cấp giao</translation>
    </message>
    <message>
        <source>All assigning levels</source>
        <translation>Tất cả cấp giao</translation>
    </message>
</context>
<context>
    <name>TaskHistoryModel</name>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tên nhiệm vụ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Văn bản giao</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Cấp giao</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Assigned on</source>
        <translation>Ngày giao</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Deadline wording</source>
        <translation>Thời hạn (cách ghi)</translation>
    </message>
    <message>
        <source>Recurrence</source>
        <translation>Lặp lại</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <source>Progress notes</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Archived at</source>
        <translation>Thời điểm lưu trữ</translation>
    </message>
    <message>
        <source>Coordinating unit</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Deadline extension</source>
        <translation>Gia hạn</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Thêm</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Bỏ</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Sửa</translation>
    </message>
    <message>
        <source>%1 (undo)</source>
        <translation>%1 (hoàn tác)</translation>
    </message>
    <message>
        <source>%1 (redo)</source>
        <translation>%1 (làm lại)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>có</translation>
    </message>
    <message>
        <source>no</source>
        <translation>không</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Người sửa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <source>Completed, %1</source>
        <translation>Hoàn thành, %1</translation>
    </message>
    <message>
        <source>Meeting directive</source>
        <translation>Chỉ đạo tại cuộc họp</translation>
    </message>
</context>
<context>
    <name>TaskStatusRules</name>
    <message>
        <source>Completed on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <source>Completed late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <source>In progress, within deadline</source>
        <translation>Đang thực hiện, trong hạn</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>Not yet assigned</source>
        <translation>Chưa được giao</translation>
    </message>
</context>
<context>
    <name>TaskTableModel</name>
    <message>
        <source>Pilot model</source>
        <translation>Mô hình điểm</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Every month</source>
        <translation>Hằng tháng</translation>
    </message>
    <message>
        <source>Every quarter</source>
        <translation>Hằng quý</translation>
    </message>
    <message>
        <source>Every year</source>
        <translation>Hằng năm</translation>
    </message>
    <message>
        <source>Standing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, due soon</source>
        <translation>%1, sắp đến hạn</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Chương trình</translation>
    </message>
    <message>
        <source>Source document</source>
        <translation>Văn bản giao</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Cấp giao</translation>
    </message>
    <message>
        <source>Lead unit</source>
        <translation>Đơn vị chủ trì</translation>
    </message>
    <message>
        <source>Coordinating units</source>
        <translation>Đơn vị phối hợp</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Ngày hoàn thành</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Cập nhật lần cuối</translation>
    </message>
</context>
<context>
    <name>TaskValidator</name>
    <message>
        <source>Enter the task&apos;s code, e.g. NV-0272.</source>
        <translation>Hãy nhập mã nhiệm vụ, ví dụ NV-0272.</translation>
    </message>
    <message>
        <source>Another task already has the code %1.</source>
        <translation>Đã có nhiệm vụ khác mang mã %1.</translation>
    </message>
    <message>
        <source>Enter what the task is.</source>
        <translation>Hãy nhập nội dung nhiệm vụ.</translation>
    </message>
    <message>
        <source>Choose the lead unit: every task has one unit in charge.</source>
        <translation>Hãy chọn đơn vị chủ trì: mỗi nhiệm vụ có một đơn vị chịu trách nhiệm chính.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a period. Write e.g. 30/09/2026, Quý III/2026 or Tháng 5/2026; leave it empty for a standing task.</source>
        <translation>&quot;%1&quot; không phải là ngày hay kỳ. Hãy ghi ví dụ 30/09/2026, Quý III/2026 hoặc Tháng 5/2026; để trống nếu là nhiệm vụ thường xuyên.</translation>
    </message>
    <message>
        <source>A recurring task needs the date it was assigned: its first period starts then.</source>
        <translation>Nhiệm vụ định kỳ cần có ngày giao: kỳ đầu tiên bắt đầu từ ngày đó.</translation>
    </message>
    <message>
        <source>The deadline (%1) is before the date the task was assigned (%2).</source>
        <translation>Thời hạn (%1) trước ngày giao nhiệm vụ (%2).</translation>
    </message>
    <message>
        <source>The completion date (%1) is in the future; record it once the task is done.</source>
        <translation>Ngày hoàn thành (%1) ở tương lai; chỉ ghi khi nhiệm vụ đã hoàn thành.</translation>
    </message>
    <message>
        <source>The completion date (%1) is before the task was assigned (%2).</source>
        <translation>Ngày hoàn thành (%1) trước ngày giao nhiệm vụ (%2).</translation>
    </message>
    <message>
        <source>The assignment date (%1) is in the future.</source>
        <translation>Ngày giao (%1) ở tương lai.</translation>
    </message>
    <message>
        <source>Give the date of document %1.</source>
        <translation>Hãy nhập ngày ban hành của văn bản %1.</translation>
    </message>
    <message>
        <source>Enter the new deadline.</source>
        <translation>Hãy nhập thời hạn mới.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date or a period. Write e.g. 31/12/2026 or Quý IV/2026.</source>
        <translation>&quot;%1&quot; không phải là ngày hay kỳ. Hãy ghi ví dụ 31/12/2026 hoặc Quý IV/2026.</translation>
    </message>
    <message>
        <source>The new deadline (%1) is before the date the task was assigned (%2).</source>
        <translation>Thời hạn mới (%1) trước ngày giao nhiệm vụ (%2).</translation>
    </message>
    <message>
        <source>Enter the date the extension was decided.</source>
        <translation>Hãy nhập ngày quyết định gia hạn.</translation>
    </message>
    <message>
        <source>The extension&apos;s decision date (%1) is in the future.</source>
        <translation>Ngày quyết định gia hạn (%1) ở tương lai.</translation>
    </message>
</context>
<context>
    <name>TasksPage</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>The tasks could not be read: %1</source>
        <translation>Không đọc được danh sách nhiệm vụ: %1</translation>
    </message>
    <message>
        <source>%1 tasks · %2 completed (%3 on time, %4 late) · %5 within deadline · %6 overdue and not completed · pilot models %7/%8</source>
        <translation>%1 nhiệm vụ · %2 hoàn thành (%3 đúng hạn, %4 quá hạn) · %5 trong hạn · %6 quá hạn chưa hoàn thành · mô hình điểm %7/%8</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>&amp;Tính đến ngày:</translation>
    </message>
    <message>
        <source>Statuses are derived as of this date</source>
        <translation>Tình trạng được tính đến ngày này</translation>
    </message>
    <message>
        <source>Search code or title — accents optional</source>
        <translation>Tìm theo mã hoặc tên — gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Tất cả</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Pilot models</source>
        <translation>Mô hình điểm</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Lưu &amp;trữ</translation>
    </message>
    <message>
        <source>Bring the selected tasks back into the register</source>
        <translation>Đưa các nhiệm vụ đã chọn trở lại danh mục</translation>
    </message>
    <message>
        <source>Move the selected tasks out of the register; nothing is deleted</source>
        <translation>Đưa các nhiệm vụ đã chọn ra khỏi danh mục; không xóa gì</translation>
    </message>
    <message>
        <source>History: select one task to see its changes</source>
        <translation>Lịch sử: chọn một nhiệm vụ để xem các thay đổi</translation>
    </message>
    <message>
        <source>History: select a task</source>
        <translation>Lịch sử: chọn một nhiệm vụ</translation>
    </message>
    <message>
        <source>History of %1: no changes recorded since it was entered</source>
        <translation>Lịch sử của %1: chưa có thay đổi nào kể từ khi nhập</translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation>Lịch sử của %1</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>&amp;New task…</source>
        <translation>&amp;Thêm nhiệm vụ…</translation>
    </message>
    <message>
        <source>Record a new task (Insert)</source>
        <translation>Ghi một nhiệm vụ mới (Insert)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sửa…</translation>
    </message>
    <message>
        <source>Mark &amp;completed…</source>
        <translation>Đánh dấu &amp;hoàn thành…</translation>
    </message>
    <message>
        <source>Record the completion date of the selected tasks, or reopen them</source>
        <translation>Ghi ngày hoàn thành của các nhiệm vụ đã chọn, hoặc mở lại</translation>
    </message>
    <message>
        <source>Change &amp;lead unit…</source>
        <translation>Đổi đơn vị &amp;chủ trì…</translation>
    </message>
    <message>
        <source>Give the selected tasks to another lead unit</source>
        <translation>Giao các nhiệm vụ đã chọn cho đơn vị chủ trì khác</translation>
    </message>
    <message>
        <source>E&amp;xtend deadline…</source>
        <translation>&amp;Gia hạn…</translation>
    </message>
    <message>
        <source>Record a deadline extension for the selected tasks, with its document</source>
        <translation>Ghi việc gia hạn cho các nhiệm vụ đã chọn, kèm văn bản</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Lịch sử</translation>
    </message>
    <message>
        <source>Show who changed the selected task, what and when</source>
        <translation>Xem ai đã sửa nhiệm vụ đã chọn, sửa gì và khi nào</translation>
    </message>
    <message>
        <source>History hidden</source>
        <translation>Đã ẩn lịch sử</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Chưa lưu</translation>
    </message>
    <message>
        <source>Open the selected task&apos;s form (Ctrl+E or double-click); F2 edits the title, lead unit or completion date in the table</source>
        <translation>Mở biểu mẫu của nhiệm vụ đã chọn (Ctrl+E hoặc nhấp đúp); F2 sửa tên, đơn vị chủ trì hoặc ngày hoàn thành ngay trong bảng</translation>
    </message>
    <message>
        <source>From directive %1 of the meeting of %2 — %3</source>
        <translation>Từ chỉ đạo số %1 tại cuộc họp %2 — %3</translation>
    </message>
    <message>
        <source>Click the date to open the meeting</source>
        <translation>Bấm vào ngày để mở cuộc họp</translation>
    </message>
</context>
<context>
    <name>UnitChecklist</name>
    <message numerus="yes">
        <source>%n selected: %1</source>
        <translation>
            <numerusform>Đã chọn %n: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter units, accents optional</source>
        <translation>Lọc đơn vị, có dấu hay không dấu đều được</translation>
    </message>
</context>
<context>
    <name>UnitComboBox</name>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (đã ngừng hoạt động)</translation>
    </message>
</context>
<context>
    <name>UnitDialog</name>
    <message>
        <source>No unit is called “%1”: choose one from the list.</source>
        <translation>Không có đơn vị nào tên “%1”: hãy chọn trong danh sách.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Không có gì được thay đổi.</translation>
    </message>
    <message>
        <source>Add unit</source>
        <translation>Thêm đơn vị</translation>
    </message>
    <message>
        <source>Rename unit %1</source>
        <translation>Đổi tên đơn vị %1</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Mã:</translation>
    </message>
    <message>
        <source>e.g. SO-KHCN, XA-MYHOA</source>
        <translation>ví dụ: SO-KHCN, XA-MYHOA</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>&amp;English name:</source>
        <translation>Tên tiếng &amp;Anh:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Loại:</translation>
    </message>
    <message>
        <source>&amp;Part of:</source>
        <translation>Trực th&amp;uộc:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Không có</translation>
    </message>
    <message>
        <source>&amp;Opened on:</source>
        <translation>Ngày thành &amp;lập:</translation>
    </message>
</context>
<context>
    <name>UnitEdits</name>
    <message numerus="yes">
        <source>%1 still leads %n open task(s).</source>
        <translation>
            <numerusform>%1 vẫn đang chủ trì %n nhiệm vụ chưa hoàn thành.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 still has %n open unit(s) under it.</source>
        <translation>
            <numerusform>%1 vẫn còn %n đơn vị trực thuộc đang hoạt động.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter the unit&apos;s code and name.</source>
        <translation>Hãy nhập mã và tên đơn vị.</translation>
    </message>
    <message>
        <source>Another unit already has the code %1.</source>
        <translation>Đã có đơn vị khác mang mã %1.</translation>
    </message>
    <message>
        <source>Choose what kind of unit it is.</source>
        <translation>Hãy chọn loại đơn vị.</translation>
    </message>
    <message>
        <source>The parent unit is not in the unit list.</source>
        <translation>Đơn vị cấp trên không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>%1 closed on %2: place the new unit under an open unit.</source>
        <translation>%1 đã giải thể ngày %2: hãy đặt đơn vị mới trực thuộc một đơn vị đang hoạt động.</translation>
    </message>
    <message>
        <source>add unit &apos;%1&apos;</source>
        <translation>thêm đơn vị &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The successor is not in the unit list.</source>
        <translation>Đơn vị kế thừa không có trong danh sách đơn vị.</translation>
    </message>
    <message>
        <source>A unit cannot be its own successor.</source>
        <translation>Một đơn vị không thể tự kế thừa chính nó.</translation>
    </message>
    <message>
        <source>%1 is part of %2 and cannot take over from it.</source>
        <translation>%1 trực thuộc %2 nên không thể kế thừa %2.</translation>
    </message>
    <message>
        <source>%1 is not open on %2, so it cannot take over from %3.</source>
        <translation>%1 không hoạt động vào ngày %2 nên không thể kế thừa %3.</translation>
    </message>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Đơn vị không còn tồn tại.</translation>
    </message>
    <message>
        <source>%1 was already closed on %2.</source>
        <translation>%1 đã giải thể từ ngày %2.</translation>
    </message>
    <message>
        <source>Enter the date %1 closed.</source>
        <translation>Hãy nhập ngày %1 giải thể.</translation>
    </message>
    <message>
        <source>%1 opened on %2: it can only close after that day.</source>
        <translation>%1 thành lập ngày %2: chỉ có thể giải thể sau ngày đó.</translation>
    </message>
    <message>
        <source>Confirm to close it all the same.</source>
        <translation>Hãy xác nhận nếu vẫn giải thể đơn vị.</translation>
    </message>
    <message>
        <source>close unit &apos;%1&apos;</source>
        <translation>giải thể đơn vị &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is open.</source>
        <translation>%1 đang hoạt động.</translation>
    </message>
    <message>
        <source>reopen unit &apos;%1&apos;</source>
        <translation>khôi phục hoạt động đơn vị &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 is open: close it first, then name the unit that takes over.</source>
        <translation>%1 đang hoạt động: hãy giải thể đơn vị trước, sau đó chọn đơn vị kế thừa.</translation>
    </message>
    <message>
        <source>set the successor of &apos;%1&apos;</source>
        <translation>đặt đơn vị kế thừa của &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Choose the unit it belongs to.</source>
        <translation>Hãy chọn đơn vị mà đơn vị này trực thuộc.</translation>
    </message>
    <message>
        <source>%1 cannot be placed under itself or under one of its own units.</source>
        <translation>Không thể đặt %1 trực thuộc chính nó hoặc một đơn vị trực thuộc nó.</translation>
    </message>
    <message>
        <source>move unit &apos;%1&apos;</source>
        <translation>chuyển đơn vị &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>UnitReportEdits</name>
    <message>
        <source>The unit no longer exists.</source>
        <translation>Đơn vị không còn tồn tại.</translation>
    </message>
    <message>
        <source>Choose the month of the report.</source>
        <translation>Chọn tháng của báo cáo.</translation>
    </message>
    <message>
        <source>Enter the date the report was received.</source>
        <translation>Nhập ngày nhận báo cáo.</translation>
    </message>
    <message>
        <source>The received date %1 is in the future.</source>
        <translation>Ngày nhận %1 là ngày trong tương lai.</translation>
    </message>
    <message>
        <source>The report for %1 cannot have been received on %2, before the month began.</source>
        <translation>Báo cáo tháng %1 không thể được nhận ngày %2, trước khi tháng bắt đầu.</translation>
    </message>
    <message>
        <source>%1 does not owe monthly reports.</source>
        <translation>%1 không thuộc diện gửi báo cáo hằng tháng.</translation>
    </message>
    <message>
        <source>record the report of %1 for %2</source>
        <translation>ghi nhận báo cáo tháng %2 của %1</translation>
    </message>
    <message>
        <source>No report of %1 is recorded for %2.</source>
        <translation>Chưa ghi nhận báo cáo tháng %2 của %1.</translation>
    </message>
    <message>
        <source>clear the report of %1 for %2</source>
        <translation>xóa ghi nhận báo cáo tháng %2 của %1</translation>
    </message>
</context>
<context>
    <name>UnitReportMatrixModel</name>
    <message>
        <source>%1: due %2</source>
        <translation>%1: hạn %2</translation>
    </message>
    <message>
        <source>Received %1</source>
        <translation>Nhận ngày %1</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>Trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>Document %1</source>
        <translation>Văn bản số %1</translation>
    </message>
</context>
<context>
    <name>UnitReportRules</name>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>Trễ hạn</translation>
    </message>
    <message>
        <source>Missing</source>
        <translation>Thiếu</translation>
    </message>
    <message>
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
</context>
<context>
    <name>UnitReportStore</name>
    <message>
        <source>The units&apos; reports could not be read: %1</source>
        <translation>Không đọc được báo cáo của các đơn vị: %1</translation>
    </message>
    <message>
        <source>Every unit has reported for %1 (as of %2).</source>
        <translation>Tất cả các đơn vị đã gửi báo cáo tháng %1 (tính đến ngày %2).</translation>
    </message>
    <message>
        <source>Units that have not yet reported for %1 (as of %2):</source>
        <translation>Các đơn vị chưa gửi báo cáo tháng %1 (tính đến ngày %2):</translation>
    </message>
    <message numerus="yes">
        <source>%1. %2 — due %3, %n day(s) late</source>
        <translation>
            <numerusform>%1. %2 — hạn %3, trễ %n ngày</numerusform>
        </translation>
    </message>
    <message>
        <source>%1. %2 — due %3</source>
        <translation>%1. %2 — hạn %3</translation>
    </message>
</context>
<context>
    <name>UnitReportsPage</name>
    <message>
        <source>The monthly reports could not be read: %1</source>
        <translation>Không đọc được báo cáo tháng: %1</translation>
    </message>
    <message>
        <source>No month is shown.</source>
        <translation>Không có tháng nào được hiển thị.</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>%n on time</source>
        <translation>
            <numerusform>%n đúng hạn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n late</source>
        <translation>
            <numerusform>%n trễ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n missing</source>
        <translation>
            <numerusform>%n chưa nộp</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not yet due</source>
        <translation>
            <numerusform>%n chưa đến hạn</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet reported for %1, ready to send as a reminder:</source>
        <translation>Các đơn vị chưa báo cáo tháng %1, sẵn sàng gửi nhắc nhở:</translation>
    </message>
    <message>
        <source>&amp;Months from:</source>
        <translation>&amp;Từ tháng:</translation>
    </message>
    <message>
        <source>&amp;to:</source>
        <translation>đến thán&amp;g:</translation>
    </message>
    <message>
        <source>&amp;As of:</source>
        <translation>Tính đến ngà&amp;y:</translation>
    </message>
    <message>
        <source>Only reports received by this date count; later ones show as not received</source>
        <translation>Chỉ tính các báo cáo nhận được đến ngày này; báo cáo nhận sau đó coi như chưa nhận</translation>
    </message>
    <message>
        <source>&amp;Record received…</source>
        <translation>Ghi &amp;nhận đã nhận…</translation>
    </message>
    <message>
        <source>Record the received date and document number of the selected unit&apos;s report</source>
        <translation>Ghi nhận ngày nhận và số văn bản báo cáo của đơn vị được chọn</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Empty the received date of the selected report (it stays owed)</source>
        <translation>Xóa ngày nhận của báo cáo được chọn (đơn vị vẫn phải nộp)</translation>
    </message>
    <message>
        <source>Cop&amp;y</source>
        <translation>Sao &amp;chép</translation>
    </message>
</context>
<context>
    <name>UnitTreeModel</name>
    <message>
        <source>Departments and agencies</source>
        <translation>Sở, ban, ngành</translation>
    </message>
    <message>
        <source>Communes, wards and special zones</source>
        <translation>Xã, phường, đặc khu</translation>
    </message>
    <message>
        <source>Districts before %1</source>
        <translation>Huyện, thị xã, thành phố trước ngày %1</translation>
    </message>
    <message>
        <source>Districts</source>
        <translation>Huyện, thị xã, thành phố</translation>
    </message>
    <message>
        <source>Other units</source>
        <translation>Đơn vị khác</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — closed on %2</source>
        <translation>%1 — giải thể ngày %2</translation>
    </message>
    <message>
        <source>%1 — closed on %2, taken over by %3</source>
        <translation>%1 — giải thể ngày %2, do %3 kế thừa</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Mã</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>Thành lập</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Giải thể</translation>
    </message>
    <message>
        <source>Successor</source>
        <translation>Đơn vị kế thừa</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <source>No file is open.</source>
        <translation>Chưa mở tệp nào.</translation>
    </message>
    <message>
        <source>Select a unit to see its details.</source>
        <translation>Chọn một đơn vị để xem chi tiết.</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Mã: %1</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Loại: %1</translation>
    </message>
    <message>
        <source>Part of: %1</source>
        <translation>Trực thuộc: %1</translation>
    </message>
    <message>
        <source>Opened on %1</source>
        <translation>Thành lập ngày %1</translation>
    </message>
    <message>
        <source>Closed on %1</source>
        <translation>Giải thể ngày %1</translation>
    </message>
    <message>
        <source>Taken over by: %1</source>
        <translation>Đơn vị kế thừa: %1</translation>
    </message>
    <message>
        <source>No successor recorded</source>
        <translation>Chưa ghi đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Đang hoạt động</translation>
    </message>
    <message>
        <source>Took over from: %1</source>
        <translation>Kế thừa từ: %1</translation>
    </message>
    <message numerus="yes">
        <source>Leads %n task(s), %1 of them open</source>
        <translation>
            <numerusform>Chủ trì %n nhiệm vụ, trong đó %1 chưa hoàn thành</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open unit(s) under it</source>
        <translation>
            <numerusform>%n đơn vị trực thuộc đang hoạt động</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Add unit…</source>
        <translation>&amp;Thêm đơn vị…</translation>
    </message>
    <message>
        <source>Add a unit under the selected one</source>
        <translation>Thêm đơn vị trực thuộc đơn vị đang chọn</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>Đổi tê&amp;n…</translation>
    </message>
    <message>
        <source>&amp;Close…</source>
        <translation>&amp;Giải thể…</translation>
    </message>
    <message>
        <source>Close the unit on a date, naming the unit that takes over</source>
        <translation>Giải thể đơn vị từ một ngày, chỉ rõ đơn vị kế thừa</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>&amp;Khôi phục hoạt động</translation>
    </message>
    <message>
        <source>Set &amp;successor…</source>
        <translation>Đặt đơn vị &amp;kế thừa…</translation>
    </message>
    <message>
        <source>Show &amp;closed units</source>
        <translation>&amp;Hiện đơn vị đã giải thể</translation>
    </message>
    <message>
        <source>Find a unit by code or name, accents optional</source>
        <translation>Tìm đơn vị theo mã hoặc tên, gõ có dấu hay không dấu đều được</translation>
    </message>
    <message>
        <source>&amp;Move…</source>
        <translation>C&amp;huyển…</translation>
    </message>
    <message>
        <source>Put the unit under another one</source>
        <translation>Chuyển đơn vị về trực thuộc đơn vị khác</translation>
    </message>
</context>
<context>
    <name>XlsxReader</name>
    <message>
        <source>%1 is damaged: its part %2 cannot be read.</source>
        <translation>Tệp %1 bị hỏng: không đọc được phần %2 của tệp.</translation>
    </message>
    <message>
        <source>%1 is damaged: its part %2 is not valid XML (line %3: %4).</source>
        <translation>Tệp %1 bị hỏng: phần %2 không phải XML hợp lệ (dòng %3: %4).</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Không có tệp %1.</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx), or it is damaged: it cannot be opened as one. Save it again as an Excel workbook (.xlsx).</source>
        <translation>Tệp %1 không phải bảng tính Excel (.xlsx) hoặc đã bị hỏng: không mở được. Hãy lưu lại tệp dưới dạng bảng tính Excel (.xlsx).</translation>
    </message>
    <message>
        <source>%1 is not an Excel workbook (.xlsx): it has no workbook part.</source>
        <translation>Tệp %1 không phải bảng tính Excel (.xlsx): không có phần bảng tính.</translation>
    </message>
    <message>
        <source>%1 has no sheet with cells.</source>
        <translation>Tệp %1 không có trang tính nào chứa ô dữ liệu.</translation>
    </message>
    <message>
        <source>%1 has no sheet number %2.</source>
        <translation>Tệp %1 không có trang tính thứ %2.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 refers to a text that does not exist.</source>
        <translation>Tệp %1 bị hỏng: ô %2 của trang tính %3 tham chiếu tới một chuỗi văn bản không tồn tại.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 holds &quot;%4&quot;, which is not a date.</source>
        <translation>Tệp %1 bị hỏng: ô %2 của trang tính %3 chứa &quot;%4&quot;, không phải là ngày.</translation>
    </message>
    <message>
        <source>%1 is damaged: cell %2 of sheet %3 holds &quot;%4&quot;, which is not a number.</source>
        <translation>Tệp %1 bị hỏng: ô %2 của trang tính %3 chứa &quot;%4&quot;, không phải là số.</translation>
    </message>
    <message>
        <source>%1 is damaged: the sheet %2 is missing.</source>
        <translation>Tệp %1 bị hỏng: thiếu trang tính %2.</translation>
    </message>
    <message>
        <source>%1 is refused: its part %2 unpacks to more than %L3 MB.</source>
        <translation>Từ chối tệp %1: phần %2 khi giải nén lớn hơn %L3 MB.</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %L2 different texts.</source>
        <translation>Từ chối tệp %1: tệp chứa hơn %L2 chuỗi văn bản khác nhau.</translation>
    </message>
    <message>
        <source>%1 is refused: it holds more than %L2 parts.</source>
        <translation>Từ chối tệp %1: tệp chứa hơn %L2 phần.</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: it has more than %L3 rows.</source>
        <translation>Từ chối trang tính %1 của tệp %2: trang có hơn %L3 dòng.</translation>
    </message>
    <message>
        <source>%1 is damaged: the rows of sheet %2 are out of order near row %L3.</source>
        <translation>Tệp %1 bị hỏng: các dòng của trang tính %2 sai thứ tự gần dòng %L3.</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: row %L3 has a cell beyond column %L4.</source>
        <translation>Từ chối trang tính %1 của tệp %2: dòng %L3 có ô vượt quá cột %L4.</translation>
    </message>
    <message>
        <source>The sheet %1 of %2 is refused: it has more than %L3 cells.</source>
        <translation>Từ chối trang tính %1 của tệp %2: trang có hơn %L3 ô.</translation>
    </message>
</context>
<context>
    <name>XlsxTableWriter</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>Không thể ghi %1: %2</translation>
    </message>
    <message>
        <source>the workbook cannot be created.</source>
        <translation>không tạo được bảng tính.</translation>
    </message>
    <message>
        <source>the sheet name &quot;%1&quot; is not allowed by Excel.</source>
        <translation>Excel không cho phép tên trang tính &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>the sheet cannot be created.</source>
        <translation>không tạo được trang tính.</translation>
    </message>
    <message>
        <source>the header of column %1 cannot be written.</source>
        <translation>không ghi được tiêu đề của cột %1.</translation>
    </message>
    <message>
        <source>the file cannot be saved to disk.</source>
        <translation>không lưu được tệp xuống đĩa.</translation>
    </message>
    <message>
        <source>a sheet holds from 1 to %L1 columns.</source>
        <translation>một trang tính chứa từ 1 đến %L1 cột.</translation>
    </message>
    <message>
        <source>a sheet holds at most %L1 rows.</source>
        <translation>một trang tính chứa tối đa %L1 dòng.</translation>
    </message>
    <message>
        <source>row %L1, column %2 is not a number.</source>
        <translation>dòng %L1, cột %2 không phải là số.</translation>
    </message>
    <message>
        <source>row %L1, column %2 is longer than the %L3 characters a cell holds.</source>
        <translation>dòng %L1, cột %2 dài hơn %L3 ký tự mà một ô chứa được.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Open the demo database.</source>
        <translation>Mở cơ sở dữ liệu mẫu.</translation>
    </message>
    <message>
        <source>Language: vi or en.</source>
        <translation>Ngôn ngữ: vi hoặc en.</translation>
    </message>
    <message>
        <source>Database file to open.</source>
        <translation>Tệp cơ sở dữ liệu cần mở.</translation>
    </message>
    <message>
        <source>SteerDesk</source>
        <translation>SteerDesk</translation>
    </message>
    <message>
        <source>language</source>
        <translation>ngôn-ngữ</translation>
    </message>
    <message>
        <source>[FILE]</source>
        <translation>[TỆP]</translation>
    </message>
</context>
</TS>
