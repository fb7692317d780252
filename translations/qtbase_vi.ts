<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>CloseButton</name>
    <message>
        <source>Close Tab</source>
        <translation>Đóng thẻ</translation>
    </message>
</context>
<context>
    <name>MAC_APPLICATION_MENU</name>
    <message>
        <source>About %1</source>
        <translation>Giới thiệu về %1</translation>
    </message>
    <message>
        <source>Preferences...</source>
        <translation>Tùy chọn...</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Dịch vụ</translation>
    </message>
    <message>
        <source>Hide %1</source>
        <translation>Ẩn %1</translation>
    </message>
    <message>
        <source>Hide Others</source>
        <translation>Ẩn các ứng dụng khác</translation>
    </message>
    <message>
        <source>Show All</source>
        <translation>Hiện tất cả</translation>
    </message>
    <message>
        <source>Quit %1</source>
        <translation>Thoát %1</translation>
    </message>
</context>
<context>
    <name>Print Device Input Slot</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>Print Device Output Bin</name>
    <message>
        <source>Automatic</source>
        <translation>Tự động</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Thư mục tệp</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Bí danh</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không xác định</translation>
    </message>
</context>
<context>
    <name>QAbstractSocket</name>
    <message>
        <source>Socket operation timed out</source>
        <translation>Thao tác socket đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Không tìm thấy máy chủ</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Không thể truy cập mạng</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>Operation on socket is not supported</source>
        <translation>Thao tác này không được hỗ trợ trên socket</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Kết nối đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Trying to connect while connection is in progress</source>
        <translation>Đang cố kết nối trong khi một kết nối khác đang được thực hiện</translation>
    </message>
    <message>
        <source>Socket is not connected</source>
        <translation>Socket chưa được kết nối</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>Chọn &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Tăn&amp;g lên</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>&amp;Giảm xuống</translation>
    </message>
</context>
<context>
    <name>QAccessibleActionInterface</name>
    <message>
        <source>Press</source>
        <translation>Nhấn</translation>
    </message>
    <message>
        <source>Increase</source>
        <translation>Tăng</translation>
    </message>
    <message>
        <source>Decrease</source>
        <translation>Giảm</translation>
    </message>
    <message>
        <source>ShowMenu</source>
        <translation>Hiện menu</translation>
    </message>
    <message>
        <source>SetFocus</source>
        <translation>Đặt tiêu điểm</translation>
    </message>
    <message>
        <source>Toggle</source>
        <translation>Bật/tắt</translation>
    </message>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scroll Up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll Down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Previous Page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>Next Page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Triggers the action</source>
        <translation>Kích hoạt hành động</translation>
    </message>
    <message>
        <source>Increase the value</source>
        <translation>Tăng giá trị</translation>
    </message>
    <message>
        <source>Decrease the value</source>
        <translation>Giảm giá trị</translation>
    </message>
    <message>
        <source>Shows the menu</source>
        <translation>Hiện menu</translation>
    </message>
    <message>
        <source>Sets the focus</source>
        <translation>Đặt tiêu điểm</translation>
    </message>
    <message>
        <source>Toggles the state</source>
        <translation>Chuyển đổi trạng thái</translation>
    </message>
    <message>
        <source>Scrolls to the left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scrolls to the right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scrolls up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scrolls down</source>
        <translation>Cuộn xuống</translation>
    </message>
    <message>
        <source>Goes back a page</source>
        <translation>Quay lại trang trước</translation>
    </message>
    <message>
        <source>Goes to the next page</source>
        <translation>Đi tới trang sau</translation>
    </message>
</context>
<context>
    <name>QAndroidPlatformTheme</name>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>Yes to All</source>
        <translation>Có tất cả</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No to All</source>
        <translation>Không tất cả</translation>
    </message>
</context>
<context>
    <name>QApplication</name>
    <message>
        <source>Executable &apos;%1&apos; requires Qt %2, found Qt %3.</source>
        <translation>Tệp thực thi &apos;%1&apos; cần Qt %2, nhưng chỉ tìm thấy Qt %3.</translation>
    </message>
    <message>
        <source>Incompatible Qt Library Error</source>
        <translation>Lỗi thư viện Qt không tương thích</translation>
    </message>
</context>
<context>
    <name>QCocoaMenu</name>
    <message>
        <source>Edit</source>
        <translation>Sửa</translation>
    </message>
</context>
<context>
    <name>QCocoaMenuItem</name>
    <message>
        <source>Start Dictation...</source>
        <translation>Bắt đầu đọc chính tả...</translation>
    </message>
    <message>
        <source>Emoji &amp;&amp; Symbols</source>
        <translation>Biểu tượng cảm xúc &amp;&amp; Ký hiệu</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Preference</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Cài đặt</translation>
    </message>
    <message>
        <source>Setup</source>
        <translation>Thiết lập</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Exit</source>
        <translation>Thoát</translation>
    </message>
    <message>
        <source>Cut</source>
        <translation>Cắt</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Sao chép</translation>
    </message>
    <message>
        <source>Paste</source>
        <translation>Dán</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu về Qt</translation>
    </message>
</context>
<context>
    <name>QCocoaTheme</name>
    <message>
        <source>Don&apos;t Save</source>
        <translation>Không lưu</translation>
    </message>
</context>
<context>
    <name>QColorDialog</name>
    <message>
        <source>Hu&amp;e:</source>
        <translation>Sắ&amp;c độ:</translation>
    </message>
    <message>
        <source>&amp;Sat:</source>
        <translation>Bão &amp;hòa:</translation>
    </message>
    <message>
        <source>&amp;Val:</source>
        <translation>Độ sá&amp;ng:</translation>
    </message>
    <message>
        <source>&amp;Red:</source>
        <translation>Đỏ (&amp;R):</translation>
    </message>
    <message>
        <source>&amp;Green:</source>
        <translation>&amp;Lục:</translation>
    </message>
    <message>
        <source>Bl&amp;ue:</source>
        <translation>L&amp;am:</translation>
    </message>
    <message>
        <source>A&amp;lpha channel:</source>
        <translation>Kênh a&amp;lpha:</translation>
    </message>
    <message>
        <source>&amp;HTML:</source>
        <translation>&amp;HTML:</translation>
    </message>
    <message>
        <source>Cursor at %1, %2
Press ESC to cancel</source>
        <translation>Con trỏ tại %1, %2
Nhấn ESC để hủy</translation>
    </message>
    <message>
        <source>Select Color</source>
        <translation>Chọn màu</translation>
    </message>
    <message>
        <source>&amp;Basic colors</source>
        <translation>Màu &amp;cơ bản</translation>
    </message>
    <message>
        <source>&amp;Custom colors</source>
        <translation>Màu tù&amp;y chỉnh</translation>
    </message>
    <message>
        <source>&amp;Add to Custom Colors</source>
        <translation>&amp;Thêm vào màu tùy chỉnh</translation>
    </message>
    <message>
        <source>&amp;Pick Screen Color</source>
        <translation>Lấy &amp;màu trên màn hình</translation>
    </message>
</context>
<context>
    <name>QComboBox</name>
    <message>
        <source>Open the combo box selection popup</source>
        <translation>Mở danh sách lựa chọn của hộp kết hợp</translation>
    </message>
    <message>
        <source>False</source>
        <translation>Sai</translation>
    </message>
    <message>
        <source>True</source>
        <translation>Đúng</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays version information.</source>
        <translation>Hiển thị thông tin phiên bản.</translation>
    </message>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>Hiển thị trợ giúp về các tùy chọn dòng lệnh.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Hiển thị trợ giúp, bao gồm các tùy chọn riêng của Qt.</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>Tùy chọn không xác định &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unknown options: %1.</source>
        <translation>Các tùy chọn không xác định: %1.</translation>
    </message>
    <message>
        <source>Missing value after &apos;%1&apos;.</source>
        <translation>Thiếu giá trị sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Unexpected value after &apos;%1&apos;.</source>
        <translation>Giá trị không mong đợi sau &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>[options]</source>
        <translation>[tùy chọn]</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Cách dùng: %1</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Tùy chọn:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Tham số:</translation>
    </message>
</context>
<context>
    <name>QCupsJobWidget</name>
    <message>
        <source>Job</source>
        <translation>Lệnh in</translation>
    </message>
    <message>
        <source>Job Control</source>
        <translation>Điều khiển lệnh in</translation>
    </message>
    <message>
        <source>Scheduled printing:</source>
        <translation>Lịch in:</translation>
    </message>
    <message>
        <source>Billing information:</source>
        <translation>Thông tin thanh toán:</translation>
    </message>
    <message>
        <source>Job priority:</source>
        <translation>Độ ưu tiên:</translation>
    </message>
    <message>
        <source>Banner Pages</source>
        <translation>Trang bìa</translation>
    </message>
    <message>
        <source>End:</source>
        <comment>Banner page at end</comment>
        <translation>Cuối:</translation>
    </message>
    <message>
        <source>Start:</source>
        <comment>Banner page at start</comment>
        <translation>Đầu:</translation>
    </message>
    <message>
        <source>Print Immediately</source>
        <translation>In ngay</translation>
    </message>
    <message>
        <source>Hold Indefinitely</source>
        <translation>Giữ lại vô thời hạn</translation>
    </message>
    <message>
        <source>Day (06:00 to 17:59)</source>
        <translation>Ban ngày (06:00 đến 17:59)</translation>
    </message>
    <message>
        <source>Night (18:00 to 05:59)</source>
        <translation>Ban đêm (18:00 đến 05:59)</translation>
    </message>
    <message>
        <source>Second Shift (16:00 to 23:59)</source>
        <translation>Ca hai (16:00 đến 23:59)</translation>
    </message>
    <message>
        <source>Third Shift (00:00 to 07:59)</source>
        <translation>Ca ba (00:00 đến 07:59)</translation>
    </message>
    <message>
        <source>Weekend (Saturday to Sunday)</source>
        <translation>Cuối tuần (thứ Bảy đến Chủ nhật)</translation>
    </message>
    <message>
        <source>Specific Time</source>
        <translation>Thời điểm cụ thể</translation>
    </message>
    <message>
        <source>None</source>
        <comment>CUPS Banner page</comment>
        <translation>Không có</translation>
    </message>
    <message>
        <source>Standard</source>
        <comment>CUPS Banner page</comment>
        <translation>Tiêu chuẩn</translation>
    </message>
    <message>
        <source>Unclassified</source>
        <comment>CUPS Banner page</comment>
        <translation>Không phân loại</translation>
    </message>
    <message>
        <source>Confidential</source>
        <comment>CUPS Banner page</comment>
        <translation>Bí mật</translation>
    </message>
    <message>
        <source>Classified</source>
        <comment>CUPS Banner page</comment>
        <translation>Mật</translation>
    </message>
    <message>
        <source>Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tối mật</translation>
    </message>
    <message>
        <source>Top Secret</source>
        <comment>CUPS Banner page</comment>
        <translation>Tuyệt mật</translation>
    </message>
</context>
<context>
    <name>QCupsPrinterSupport</name>
    <message>
        <source>Authentication Needed</source>
        <translation>Cần xác thực</translation>
    </message>
    <message>
        <source>Authentication needed to use %1.</source>
        <translation>Cần xác thực để sử dụng %1.</translation>
    </message>
    <message>
        <source>Authentication needed to use %1 on %2.</source>
        <translation>Cần xác thực để sử dụng %1 trên %2.</translation>
    </message>
    <message>
        <source>Username:</source>
        <translation>Tên người dùng:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>QDB2Driver</name>
    <message>
        <source>Unable to connect</source>
        <translation>Không thể kết nối</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
    <message>
        <source>Unable to set autocommit</source>
        <translation>Không thể đặt chế độ tự động xác nhận</translation>
    </message>
</context>
<context>
    <name>QDB2Result</name>
    <message>
        <source>Unable to execute statement</source>
        <translation>Không thể thực thi câu lệnh</translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind variable</source>
        <translation>Không thể gắn biến</translation>
    </message>
    <message>
        <source>Unable to fetch record %1</source>
        <translation>Không thể lấy bản ghi %1</translation>
    </message>
    <message>
        <source>Unable to fetch next</source>
        <translation>Không thể lấy bản ghi kế tiếp</translation>
    </message>
    <message>
        <source>Unable to fetch first</source>
        <translation>Không thể lấy bản ghi đầu tiên</translation>
    </message>
</context>
<context>
    <name>QDBusTrayIcon</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDialog</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Đây là gì?</translation>
    </message>
</context>
<context>
    <name>QDialogButtonBox</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>QDnsLookup</name>
    <message>
        <source>Operation cancelled</source>
        <translation>Thao tác đã bị hủy</translation>
    </message>
</context>
<context>
    <name>QDnsLookupRunnable</name>
    <message>
        <source>IPv6 addresses for nameservers are currently not supported</source>
        <translation>Hiện chưa hỗ trợ địa chỉ IPv6 cho máy chủ tên miền</translation>
    </message>
    <message>
        <source>Invalid domain name</source>
        <translation>Tên miền không hợp lệ</translation>
    </message>
    <message>
        <source>Resolver functions not found</source>
        <translation>Không tìm thấy các hàm phân giải tên miền</translation>
    </message>
    <message>
        <source>Resolver initialization failed</source>
        <translation>Khởi tạo bộ phân giải tên miền thất bại</translation>
    </message>
    <message>
        <source>Server could not process query</source>
        <translation>Máy chủ không thể xử lý truy vấn</translation>
    </message>
    <message>
        <source>Server failure</source>
        <translation>Lỗi máy chủ</translation>
    </message>
    <message>
        <source>Non existent domain</source>
        <translation>Tên miền không tồn tại</translation>
    </message>
    <message>
        <source>Server refused to answer</source>
        <translation>Máy chủ từ chối trả lời</translation>
    </message>
    <message>
        <source>Invalid reply received</source>
        <translation>Nhận được phản hồi không hợp lệ</translation>
    </message>
    <message>
        <source>Could not expand domain name</source>
        <translation>Không thể mở rộng tên miền</translation>
    </message>
    <message>
        <source>Invalid IPv4 address record</source>
        <translation>Bản ghi địa chỉ IPv4 không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid IPv6 address record</source>
        <translation>Bản ghi địa chỉ IPv6 không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid canonical name record</source>
        <translation>Bản ghi tên chuẩn (CNAME) không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid name server record</source>
        <translation>Bản ghi máy chủ tên miền không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid pointer record</source>
        <translation>Bản ghi con trỏ không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid mail exchange record</source>
        <translation>Bản ghi máy chủ thư (MX) không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid service record</source>
        <translation>Bản ghi dịch vụ không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid text record</source>
        <translation>Bản ghi văn bản không hợp lệ</translation>
    </message>
    <message>
        <source>Resolver library can&apos;t be loaded: No runtime library loading support</source>
        <translation>Không thể nạp thư viện phân giải tên miền: không hỗ trợ nạp thư viện lúc chạy</translation>
    </message>
    <message>
        <source>Not yet supported on Android</source>
        <translation>Chưa được hỗ trợ trên Android</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <source>Float</source>
        <extracomment>Accessible name for button undocking a dock widget (floating state)</extracomment>
        <translation>Tách rời</translation>
    </message>
    <message>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách rời hoặc gắn lại cửa sổ neo</translation>
    </message>
    <message>
        <source>Close</source>
        <extracomment>Accessible name for button closing a dock widget</extracomment>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Closes the dock widget</source>
        <translation>Đóng cửa sổ neo</translation>
    </message>
</context>
<context>
    <name>QDomParser</name>
    <message>
        <source>Error occurred while processing XML declaration</source>
        <translation>Đã xảy ra lỗi khi xử lý phần khai báo XML</translation>
    </message>
    <message>
        <source>Multiple DTD sections are not allowed</source>
        <translation>Không cho phép nhiều phần DTD</translation>
    </message>
    <message>
        <source>Error occurred while processing document type declaration</source>
        <translation>Đã xảy ra lỗi khi xử lý phần khai báo kiểu tài liệu</translation>
    </message>
    <message>
        <source>Error occurred while processing comment</source>
        <translation>Đã xảy ra lỗi khi xử lý chú thích</translation>
    </message>
    <message>
        <source>Error occurred while processing a processing instruction</source>
        <translation>Đã xảy ra lỗi khi xử lý chỉ thị xử lý</translation>
    </message>
    <message>
        <source>Error occurred while processing a start element</source>
        <translation>Đã xảy ra lỗi khi xử lý thẻ mở phần tử</translation>
    </message>
    <message>
        <source>Unexpected end element &apos;%1&apos;</source>
        <translation>Thẻ đóng phần tử &apos;%1&apos; không mong đợi</translation>
    </message>
    <message>
        <source>Error occurred while processing an end element</source>
        <translation>Đã xảy ra lỗi khi xử lý thẻ đóng phần tử</translation>
    </message>
    <message>
        <source>Error occurred while processing the element content</source>
        <translation>Đã xảy ra lỗi khi xử lý nội dung phần tử</translation>
    </message>
    <message>
        <source>Error occurred while processing comments</source>
        <translation>Đã xảy ra lỗi khi xử lý các chú thích</translation>
    </message>
    <message>
        <source>Error occurred while processing an entity reference</source>
        <translation>Đã xảy ra lỗi khi xử lý tham chiếu thực thể</translation>
    </message>
    <message>
        <source>Unexpected token</source>
        <translation>Ký hiệu không mong đợi</translation>
    </message>
    <message>
        <source>Tag mismatch</source>
        <translation>Thẻ không khớp</translation>
    </message>
    <message>
        <source>Error occurred while processing entity declaration</source>
        <translation>Đã xảy ra lỗi khi xử lý khai báo thực thể</translation>
    </message>
    <message>
        <source>Error occurred while processing notation declaration</source>
        <translation>Đã xảy ra lỗi khi xử lý khai báo ký pháp</translation>
    </message>
</context>
<context>
    <name>QDtls</name>
    <message>
        <source>Multicast and broadcast addresses are not supported</source>
        <translation>Không hỗ trợ địa chỉ multicast và broadcast</translation>
    </message>
    <message>
        <source>Cannot set peer after handshake started</source>
        <translation>Không thể đặt máy ngang hàng sau khi quá trình bắt tay đã bắt đầu</translation>
    </message>
    <message>
        <source>Invalid address</source>
        <translation>Địa chỉ không hợp lệ</translation>
    </message>
    <message>
        <source>Cannot set verification name after handshake started</source>
        <translation>Không thể đặt tên xác minh sau khi quá trình bắt tay đã bắt đầu</translation>
    </message>
    <message>
        <source>Cannot set configuration after handshake started</source>
        <translation>Không thể đặt cấu hình sau khi quá trình bắt tay đã bắt đầu</translation>
    </message>
    <message>
        <source>Cannot start/continue handshake, invalid handshake state</source>
        <translation>Không thể bắt đầu/tiếp tục bắt tay, trạng thái bắt tay không hợp lệ</translation>
    </message>
    <message>
        <source>Invalid (nullptr) socket</source>
        <translation>Socket không hợp lệ (nullptr)</translation>
    </message>
    <message>
        <source>To start a handshake you must set peer&apos;s address and port first</source>
        <translation>Để bắt đầu bắt tay, trước hết bạn phải đặt địa chỉ và cổng của máy ngang hàng</translation>
    </message>
    <message>
        <source>To start a handshake, DTLS server requires non-empty datagram (client hello)</source>
        <translation>Để bắt đầu bắt tay, máy chủ DTLS cần một datagram không rỗng (client hello)</translation>
    </message>
    <message>
        <source>Cannot start handshake, already done/in progress</source>
        <translation>Không thể bắt đầu bắt tay, quá trình này đã xong hoặc đang diễn ra</translation>
    </message>
    <message>
        <source>A valid QUdpSocket and non-empty datagram are needed to continue the handshake</source>
        <translation>Cần một QUdpSocket hợp lệ và một datagram không rỗng để tiếp tục bắt tay</translation>
    </message>
    <message>
        <source>Cannot continue handshake, not in InProgress state</source>
        <translation>Không thể tiếp tục bắt tay, không ở trạng thái InProgress</translation>
    </message>
    <message>
        <source>Cannot resume, not in VerificationError state</source>
        <translation>Không thể tiếp tục, không ở trạng thái VerificationError</translation>
    </message>
    <message>
        <source>No handshake in progress, nothing to abort</source>
        <translation>Không có quá trình bắt tay nào đang diễn ra, không có gì để hủy</translation>
    </message>
    <message>
        <source>Cannot send shutdown alert, not encrypted</source>
        <translation>Không thể gửi cảnh báo đóng kết nối, kết nối chưa được mã hóa</translation>
    </message>
    <message>
        <source>Cannot write a datagram, not in encrypted state</source>
        <translation>Không thể ghi datagram, không ở trạng thái đã mã hóa</translation>
    </message>
    <message>
        <source>Cannot read a datagram, not in encrypted state</source>
        <translation>Không thể đọc datagram, không ở trạng thái đã mã hóa</translation>
    </message>
    <message>
        <source>Invalid (empty) secret</source>
        <translation>Khóa bí mật không hợp lệ (rỗng)</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <extracomment>%1: Some function</extracomment>
        <translation>%1 thất bại</translation>
    </message>
    <message>
        <source>Invalid SslMode, SslServerMode or SslClientMode expected</source>
        <translation>SslMode không hợp lệ, cần SslServerMode hoặc SslClientMode</translation>
    </message>
    <message>
        <source>Invalid protocol version, DTLS protocol expected</source>
        <translation>Phiên bản giao thức không hợp lệ, cần giao thức DTLS</translation>
    </message>
    <message>
        <source>BIO_ADD_new failed, cannot start handshake</source>
        <translation>BIO_ADD_new thất bại, không thể bắt đầu bắt tay</translation>
    </message>
    <message>
        <source>Cannot start the handshake, verified client hello expected</source>
        <translation>Không thể bắt đầu bắt tay, cần một client hello đã được xác minh</translation>
    </message>
    <message>
        <source>Peer verification failed</source>
        <translation>Xác minh máy ngang hàng thất bại</translation>
    </message>
    <message>
        <source>The DTLS connection has been closed</source>
        <translation>Kết nối DTLS đã bị đóng</translation>
    </message>
    <message>
        <source>Error while writing: %1</source>
        <translation>Lỗi khi ghi: %1</translation>
    </message>
    <message>
        <source>The DTLS connection has been shutdown</source>
        <translation>Kết nối DTLS đã bị tắt</translation>
    </message>
    <message>
        <source>Error while reading: %1</source>
        <translation>Lỗi khi đọc: %1</translation>
    </message>
</context>
<context>
    <name>QDtlsClientVerifier</name>
    <message>
        <source>A valid UDP socket, non-empty datagram, and valid address/port were expected</source>
        <translation>Cần một socket UDP hợp lệ, một datagram không rỗng và địa chỉ/cổng hợp lệ</translation>
    </message>
    <message>
        <source>BIO_ADDR_new failed, ignoring client hello</source>
        <translation>BIO_ADDR_new thất bại, bỏ qua client hello</translation>
    </message>
</context>
<context>
    <name>QErrorMessage</name>
    <message>
        <source>Debug Message:</source>
        <translation>Thông báo gỡ lỗi:</translation>
    </message>
    <message>
        <source>Warning:</source>
        <translation>Cảnh báo:</translation>
    </message>
    <message>
        <source>Critical Error:</source>
        <translation>Lỗi nghiêm trọng:</translation>
    </message>
    <message>
        <source>Fatal Error:</source>
        <translation>Lỗi không thể phục hồi:</translation>
    </message>
    <message>
        <source>Information:</source>
        <translation>Thông tin:</translation>
    </message>
    <message>
        <source>&amp;Show this message again</source>
        <translation>&amp;Hiện lại thông báo này</translation>
    </message>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
</context>
<context>
    <name>QFactoryLoader</name>
    <message>
        <source>Invalid metadata version</source>
        <translation>Phiên bản siêu dữ liệu không hợp lệ</translation>
    </message>
    <message>
        <source>Metadata parsing error: %1</source>
        <translation>Lỗi phân tích siêu dữ liệu: %1</translation>
    </message>
    <message>
        <source>Unexpected metadata contents</source>
        <translation>Nội dung siêu dữ liệu không mong đợi</translation>
    </message>
</context>
<context>
    <name>QFile</name>
    <message>
        <source>Destination file is the same file.</source>
        <translation>Tệp đích trùng với tệp nguồn.</translation>
    </message>
    <message>
        <source>Source file does not exist.</source>
        <translation>Tệp nguồn không tồn tại.</translation>
    </message>
    <message>
        <source>Destination file exists</source>
        <translation>Tệp đích đã tồn tại</translation>
    </message>
    <message>
        <source>Error while renaming: %1</source>
        <translation>Lỗi khi đổi tên: %1</translation>
    </message>
    <message>
        <source>Unable to restore from %1: %2</source>
        <translation>Không thể khôi phục từ %1: %2</translation>
    </message>
    <message>
        <source>Will not rename sequential file using block copy</source>
        <translation>Sẽ không đổi tên tệp tuần tự bằng cách sao chép khối</translation>
    </message>
    <message>
        <source>Cannot remove source file</source>
        <translation>Không thể xóa tệp nguồn</translation>
    </message>
    <message>
        <source>Cannot open destination file: %1</source>
        <translation>Không thể mở tệp đích: %1</translation>
    </message>
    <message>
        <source>Cannot open %1 for input</source>
        <translation>Không thể mở %1 để đọc</translation>
    </message>
    <message>
        <source>Cannot open for output: %1</source>
        <translation>Không thể mở để ghi: %1</translation>
    </message>
    <message>
        <source>Failure to write block: %1</source>
        <translation>Ghi khối dữ liệu thất bại: %1</translation>
    </message>
    <message>
        <source>Cannot create %1 for output: %2</source>
        <translation>Không thể tạo %1 để ghi: %2</translation>
    </message>
</context>
<context>
    <name>QFileDevice</name>
    <message>
        <source>No file engine available or engine does not support UnMapExtension</source>
        <translation>Không có bộ máy xử lý tệp hoặc bộ máy không hỗ trợ UnMapExtension</translation>
    </message>
    <message>
        <source>No file engine available</source>
        <translation>Không có bộ máy xử lý tệp</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Alt+Left</source>
        <translation>Alt+Left</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Right</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Đi tới thư mục cha</translation>
    </message>
    <message>
        <source>Alt+Up</source>
        <translation>Alt+Up</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Tạo một thư mục mới</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Chuyển sang chế độ xem dạng danh sách</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Chuyển sang chế độ xem dạng chi tiết</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>List of places and bookmarks</source>
        <translation>Danh sách vị trí và dấu trang</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Kiểu tệp:</translation>
    </message>
    <message>
        <source>All Files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Loại bỏ</translation>
    </message>
    <message>
        <source>Find Directory</source>
        <translation>Tìm thư mục</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện </translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp ẩ&amp;n</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tất cả các tệp (*)</translation>
    </message>
    <message>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Vui lòng kiểm tra lại tên thư mục đã nhập.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn thay thế không?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Vui lòng kiểm tra lại tên tệp đã nhập.</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>&apos;%1&apos; được bảo vệ chống ghi.
Bạn vẫn muốn xóa nó?</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Bạn có chắc chắn muốn xóa &apos;%1&apos; không?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không thể xóa thư mục.</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Vị trí gần đây</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Kích cỡ</translation>
    </message>
    <message>
        <source>Kind</source>
        <comment>Match OS X Finder</comment>
        <translation>Loại</translation>
    </message>
    <message>
        <source>Type</source>
        <comment>All other platforms</comment>
        <translation>Kiểu</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Máy tính của tôi</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
</context>
<context>
    <name>QFontDatabase</name>
    <message>
        <source>Normal</source>
        <comment>The Normal or Regular font weight</comment>
        <translation>Thường</translation>
    </message>
    <message>
        <source>Bold</source>
        <translation>Đậm</translation>
    </message>
    <message>
        <source>Demi Bold</source>
        <translation>Nửa đậm</translation>
    </message>
    <message>
        <source>Medium</source>
        <comment>The Medium font weight</comment>
        <translation>Trung bình</translation>
    </message>
    <message>
        <source>Black</source>
        <translation>Siêu đậm</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Mảnh</translation>
    </message>
    <message>
        <source>Thin</source>
        <translation>Siêu mảnh</translation>
    </message>
    <message>
        <source>Extra Light</source>
        <translation>Rất mảnh</translation>
    </message>
    <message>
        <source>Extra Bold</source>
        <translation>Rất đậm</translation>
    </message>
    <message>
        <source>Extra</source>
        <extracomment>The word for &quot;Extra&quot; as in &quot;Extra Bold, Extra Thin&quot; used as a pattern for string searches</extracomment>
        <translation>Rất</translation>
    </message>
    <message>
        <source>Demi</source>
        <extracomment>The word for &quot;Demi&quot; as in &quot;Demi Bold&quot; used as a pattern for string searches</extracomment>
        <translation>Nửa</translation>
    </message>
    <message>
        <source>Italic</source>
        <translation>Nghiêng</translation>
    </message>
    <message>
        <source>Oblique</source>
        <translation>Xiên</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Bất kỳ</translation>
    </message>
    <message>
        <source>Latin</source>
        <translation>Latinh</translation>
    </message>
    <message>
        <source>Greek</source>
        <translation>Hy Lạp</translation>
    </message>
    <message>
        <source>Cyrillic</source>
        <translation>Kirin</translation>
    </message>
    <message>
        <source>Armenian</source>
        <translation>Armenia</translation>
    </message>
    <message>
        <source>Hebrew</source>
        <translation>Do Thái</translation>
    </message>
    <message>
        <source>Arabic</source>
        <translation>Ả Rập</translation>
    </message>
    <message>
        <source>Syriac</source>
        <translation>Syriac</translation>
    </message>
    <message>
        <source>Thaana</source>
        <translation>Thaana</translation>
    </message>
    <message>
        <source>Devanagari</source>
        <translation>Devanagari</translation>
    </message>
    <message>
        <source>Bengali</source>
        <translation>Bengal</translation>
    </message>
    <message>
        <source>Gurmukhi</source>
        <translation>Gurmukhi</translation>
    </message>
    <message>
        <source>Gujarati</source>
        <translation>Gujarat</translation>
    </message>
    <message>
        <source>Oriya</source>
        <translation>Oriya</translation>
    </message>
    <message>
        <source>Tamil</source>
        <translation>Tamil</translation>
    </message>
    <message>
        <source>Telugu</source>
        <translation>Telugu</translation>
    </message>
    <message>
        <source>Kannada</source>
        <translation>Kannada</translation>
    </message>
    <message>
        <source>Malayalam</source>
        <translation>Malayalam</translation>
    </message>
    <message>
        <source>Sinhala</source>
        <translation>Sinhala</translation>
    </message>
    <message>
        <source>Thai</source>
        <translation>Thái</translation>
    </message>
    <message>
        <source>Lao</source>
        <translation>Lào</translation>
    </message>
    <message>
        <source>Tibetan</source>
        <translation>Tây Tạng</translation>
    </message>
    <message>
        <source>Myanmar</source>
        <translation>Myanmar</translation>
    </message>
    <message>
        <source>Georgian</source>
        <translation>Gruzia</translation>
    </message>
    <message>
        <source>Khmer</source>
        <translation>Khmer</translation>
    </message>
    <message>
        <source>Simplified Chinese</source>
        <translation>Tiếng Trung giản thể</translation>
    </message>
    <message>
        <source>Traditional Chinese</source>
        <translation>Tiếng Trung phồn thể</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>Tiếng Nhật</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>Tiếng Hàn</translation>
    </message>
    <message>
        <source>Vietnamese</source>
        <translation>Tiếng Việt</translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation>Ký hiệu</translation>
    </message>
    <message>
        <source>Ogham</source>
        <translation>Ogham</translation>
    </message>
    <message>
        <source>Runic</source>
        <translation>Rune</translation>
    </message>
    <message>
        <source>N&apos;Ko</source>
        <translation>N&apos;Ko</translation>
    </message>
</context>
<context>
    <name>QFontDialog</name>
    <message>
        <source>Select Font</source>
        <translation>Chọn phông chữ</translation>
    </message>
    <message>
        <source>&amp;Font</source>
        <translation>&amp;Phông chữ</translation>
    </message>
    <message>
        <source>Font st&amp;yle</source>
        <translation>&amp;Kiểu chữ</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Cỡ chữ</translation>
    </message>
    <message>
        <source>Effects</source>
        <translation>Hiệu ứng</translation>
    </message>
    <message>
        <source>Stri&amp;keout</source>
        <translation>&amp;Gạch ngang</translation>
    </message>
    <message>
        <source>&amp;Underline</source>
        <translation>Gạch &amp;dưới</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Mẫu</translation>
    </message>
    <message>
        <source>Wr&amp;iting System</source>
        <translation>&amp;Hệ chữ viết</translation>
    </message>
</context>
<context>
    <name>QGnomeTheme</name>
    <message>
        <source>&amp;OK</source>
        <translation>&amp;OK</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
    <message>
        <source>Close without Saving</source>
        <translation>Đóng không lưu</translation>
    </message>
</context>
<context>
    <name>QGuiApplication</name>
    <message>
        <source>QT_LAYOUT_DIRECTION</source>
        <comment>Translate this string to the string &apos;LTR&apos; in left-to-right languages or to &apos;RTL&apos; in right-to-left languages (such as Hebrew and Arabic) to get proper widget layout.</comment>
        <translation>LTR</translation>
    </message>
    <message>
        <source>QPA plugin. See QGuiApplication documentation for available options for each plugin.</source>
        <translation>Plugin QPA. Xem tài liệu QGuiApplication để biết các tùy chọn có sẵn cho từng plugin.</translation>
    </message>
    <message>
        <source>Path to the platform plugins.</source>
        <translation>Đường dẫn tới các plugin nền tảng.</translation>
    </message>
    <message>
        <source>Platform theme.</source>
        <translation>Chủ đề nền tảng.</translation>
    </message>
    <message>
        <source>Additional plugins to load, can be specified multiple times.</source>
        <translation>Các plugin bổ sung cần nạp, có thể chỉ định nhiều lần.</translation>
    </message>
    <message>
        <source>Window geometry for the main window, using the X11-syntax, like 100x100+50+50.</source>
        <translation>Kích thước và vị trí của cửa sổ chính, theo cú pháp X11, ví dụ 100x100+50+50.</translation>
    </message>
    <message>
        <source>Default window icon.</source>
        <translation>Biểu tượng cửa sổ mặc định.</translation>
    </message>
    <message>
        <source>Title of the first window.</source>
        <translation>Tiêu đề của cửa sổ đầu tiên.</translation>
    </message>
    <message>
        <source>Sets the application&apos;s layout direction to Qt::RightToLeft (debugging helper).</source>
        <translation>Đặt hướng bố cục của ứng dụng thành Qt::RightToLeft (hỗ trợ gỡ lỗi).</translation>
    </message>
    <message>
        <source>Restores the application from an earlier session.</source>
        <translation>Khôi phục ứng dụng từ một phiên làm việc trước đó.</translation>
    </message>
    <message>
        <source>Display name, overrides $DISPLAY.</source>
        <translation>Tên màn hình hiển thị, ghi đè $DISPLAY.</translation>
    </message>
    <message>
        <source>Instance name according to ICCCM 4.1.2.5.</source>
        <translation>Tên phiên bản theo ICCCM 4.1.2.5.</translation>
    </message>
    <message>
        <source>Disable mouse grabbing (useful in debuggers).</source>
        <translation>Tắt chiếm giữ chuột (hữu ích trong trình gỡ lỗi).</translation>
    </message>
    <message>
        <source>Force mouse grabbing (even when running in a debugger).</source>
        <translation>Buộc chiếm giữ chuột (kể cả khi chạy trong trình gỡ lỗi).</translation>
    </message>
    <message>
        <source>ID of the X11 Visual to use.</source>
        <translation>ID của X11 Visual cần dùng.</translation>
    </message>
    <message>
        <source>Alias for --qwindowgeometry.</source>
        <translation>Bí danh của --qwindowgeometry.</translation>
    </message>
    <message>
        <source>Alias for --qwindowicon.</source>
        <translation>Bí danh của --qwindowicon.</translation>
    </message>
    <message>
        <source>Alias for --qwindowtitle.</source>
        <translation>Bí danh của --qwindowtitle.</translation>
    </message>
</context>
<context>
    <name>QHostInfo</name>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>No host name given</source>
        <translation>Chưa nhập tên máy chủ</translation>
    </message>
</context>
<context>
    <name>QHostInfoAgent</name>
    <message>
        <source>No host name given</source>
        <translation>Chưa nhập tên máy chủ</translation>
    </message>
    <message>
        <source>Invalid hostname</source>
        <translation>Tên máy chủ không hợp lệ</translation>
    </message>
    <message>
        <source>Unknown address type</source>
        <translation>Kiểu địa chỉ không xác định</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Không tìm thấy máy chủ</translation>
    </message>
</context>
<context>
    <name>QHttp</name>
    <message>
        <source>Decompression failed: %1</source>
        <translation>Giải nén thất bại: %1</translation>
    </message>
    <message>
        <source>Data downloaded is too large to store</source>
        <translation>Dữ liệu tải xuống quá lớn để lưu trữ</translation>
    </message>
    <message>
        <source>Insecure redirect</source>
        <translation>Chuyển hướng không an toàn</translation>
    </message>
    <message>
        <source>Failed to initialize decompression: %1</source>
        <translation>Khởi tạo giải nén thất bại: %1</translation>
    </message>
    <message>
        <source>Unsupported content encoding: %1</source>
        <translation>Kiểu mã hóa nội dung không được hỗ trợ: %1</translation>
    </message>
    <message>
        <source>Failed to initialize the compression decoder.</source>
        <translation>Khởi tạo bộ giải mã nén thất bại.</translation>
    </message>
    <message>
        <source>The decompressed output exceeds the limits specified by QNetworkRequest::decompressedSafetyCheckThreshold()</source>
        <translation>Dữ liệu sau khi giải nén vượt quá giới hạn được chỉ định bởi QNetworkRequest::decompressedSafetyCheckThreshold()</translation>
    </message>
    <message>
        <source>Connection closed</source>
        <translation>Kết nối đã đóng</translation>
    </message>
    <message>
        <source>Host %1 not found</source>
        <translation>Không tìm thấy máy chủ %1</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>Proxy requires authentication</source>
        <translation>Proxy yêu cầu xác thực</translation>
    </message>
    <message>
        <source>Host requires authentication</source>
        <translation>Máy chủ yêu cầu xác thực</translation>
    </message>
    <message>
        <source>Data corrupted</source>
        <translation>Dữ liệu bị hỏng</translation>
    </message>
    <message>
        <source>Unknown protocol specified</source>
        <translation>Giao thức được chỉ định không xác định</translation>
    </message>
    <message>
        <source>SSL handshake failed</source>
        <translation>Bắt tay SSL thất bại</translation>
    </message>
    <message>
        <source>Too many redirects</source>
        <translation>Quá nhiều lần chuyển hướng</translation>
    </message>
</context>
<context>
    <name>QHttpSocketEngine</name>
    <message>
        <source>Did not receive HTTP response from proxy</source>
        <translation>Không nhận được phản hồi HTTP từ proxy</translation>
    </message>
    <message>
        <source>Error parsing authentication request from proxy</source>
        <translation>Lỗi phân tích yêu cầu xác thực từ proxy</translation>
    </message>
    <message>
        <source>Authentication required</source>
        <translation>Yêu cầu xác thực</translation>
    </message>
    <message>
        <source>Proxy denied connection</source>
        <translation>Proxy từ chối kết nối</translation>
    </message>
    <message>
        <source>Error communicating with HTTP proxy</source>
        <translation>Lỗi giao tiếp với proxy HTTP</translation>
    </message>
    <message>
        <source>Proxy server not found</source>
        <translation>Không tìm thấy máy chủ proxy</translation>
    </message>
    <message>
        <source>Proxy connection refused</source>
        <translation>Kết nối tới proxy bị từ chối</translation>
    </message>
    <message>
        <source>Proxy server connection timed out</source>
        <translation>Kết nối tới máy chủ proxy đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Proxy connection closed prematurely</source>
        <translation>Kết nối tới proxy bị đóng quá sớm</translation>
    </message>
</context>
<context>
    <name>QIBaseDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>Lỗi khi mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Could not start transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
</context>
<context>
    <name>QIBaseResult</name>
    <message>
        <source>Unable to create BLOB</source>
        <translation>Không thể tạo BLOB</translation>
    </message>
    <message>
        <source>Unable to write BLOB</source>
        <translation>Không thể ghi BLOB</translation>
    </message>
    <message>
        <source>Unable to open BLOB</source>
        <translation>Không thể mở BLOB</translation>
    </message>
    <message>
        <source>Unable to read BLOB</source>
        <translation>Không thể đọc BLOB</translation>
    </message>
    <message>
        <source>Could not find array</source>
        <translation>Không thể tìm thấy mảng</translation>
    </message>
    <message>
        <source>Could not get array data</source>
        <translation>Không thể lấy dữ liệu mảng</translation>
    </message>
    <message>
        <source>Could not get query info</source>
        <translation>Không thể lấy thông tin truy vấn</translation>
    </message>
    <message>
        <source>Could not start transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Could not allocate statement</source>
        <translation>Không thể cấp phát câu lệnh</translation>
    </message>
    <message>
        <source>Could not prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>Could not describe input statement</source>
        <translation>Không thể mô tả câu lệnh đầu vào</translation>
    </message>
    <message>
        <source>Could not describe statement</source>
        <translation>Không thể mô tả câu lệnh</translation>
    </message>
    <message>
        <source>Unable to close statement</source>
        <translation>Không thể đóng câu lệnh</translation>
    </message>
    <message>
        <source>Unable to execute query</source>
        <translation>Không thể thực thi truy vấn</translation>
    </message>
    <message>
        <source>Could not fetch next item</source>
        <translation>Không thể lấy mục kế tiếp</translation>
    </message>
    <message>
        <source>Could not get statement info</source>
        <translation>Không thể lấy thông tin câu lệnh</translation>
    </message>
</context>
<context>
    <name>QIODevice</name>
    <message>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <source>Too many open files</source>
        <translation>Quá nhiều tệp đang mở</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Không có tệp hoặc thư mục như vậy</translation>
    </message>
    <message>
        <source>No space left on device</source>
        <translation>Thiết bị không còn chỗ trống</translation>
    </message>
    <message>
        <source>file to open is a directory</source>
        <translation>tệp cần mở là một thư mục</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QImageReader</name>
    <message>
        <source>Invalid device</source>
        <translation>Thiết bị không hợp lệ</translation>
    </message>
    <message>
        <source>File not found</source>
        <translation>Không tìm thấy tệp</translation>
    </message>
    <message>
        <source>Unsupported image format</source>
        <translation>Định dạng ảnh không được hỗ trợ</translation>
    </message>
    <message>
        <source>Unable to read image data</source>
        <translation>Không thể đọc dữ liệu ảnh</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QImageWriter</name>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>Device is not set</source>
        <translation>Chưa đặt thiết bị</translation>
    </message>
    <message>
        <source>Cannot open device for writing: %1</source>
        <translation>Không thể mở thiết bị để ghi: %1</translation>
    </message>
    <message>
        <source>Device not writable</source>
        <translation>Thiết bị không ghi được</translation>
    </message>
    <message>
        <source>Unsupported image format</source>
        <translation>Định dạng ảnh không được hỗ trợ</translation>
    </message>
    <message>
        <source>Image is empty</source>
        <translation>Ảnh trống</translation>
    </message>
</context>
<context>
    <name>QInputDialog</name>
    <message>
        <source>Enter a value:</source>
        <translation>Nhập một giá trị:</translation>
    </message>
</context>
<context>
    <name>QJsonParseError</name>
    <message>
        <source>no error occurred</source>
        <translation>không có lỗi</translation>
    </message>
    <message>
        <source>unterminated object</source>
        <translation>đối tượng chưa được kết thúc</translation>
    </message>
    <message>
        <source>missing name separator</source>
        <translation>thiếu dấu phân tách tên</translation>
    </message>
    <message>
        <source>unterminated array</source>
        <translation>mảng chưa được kết thúc</translation>
    </message>
    <message>
        <source>missing value separator</source>
        <translation>thiếu dấu phân tách giá trị</translation>
    </message>
    <message>
        <source>illegal value</source>
        <translation>giá trị không hợp lệ</translation>
    </message>
    <message>
        <source>invalid termination by number</source>
        <translation>kết thúc không hợp lệ bởi một số</translation>
    </message>
    <message>
        <source>illegal number</source>
        <translation>số không hợp lệ</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>chuỗi thoát không hợp lệ</translation>
    </message>
    <message>
        <source>invalid UTF8 string</source>
        <translation>chuỗi UTF8 không hợp lệ</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chuỗi chưa được kết thúc</translation>
    </message>
    <message>
        <source>object is missing after a comma</source>
        <translation>thiếu đối tượng sau dấu phẩy</translation>
    </message>
    <message>
        <source>too deeply nested document</source>
        <translation>tài liệu lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>too large document</source>
        <translation>tài liệu quá lớn</translation>
    </message>
    <message>
        <source>garbage at the end of the document</source>
        <translation>dữ liệu thừa ở cuối tài liệu</translation>
    </message>
</context>
<context>
    <name>QKeySequenceEdit</name>
    <message>
        <source>Press shortcut</source>
        <translation>Nhấn phím tắt</translation>
    </message>
    <message>
        <source>%1, ...</source>
        <translation>%1, ...</translation>
    </message>
</context>
<context>
    <name>QLibrary</name>
    <message>
        <source>invalid signature</source>
        <translation>chữ ký không hợp lệ</translation>
    </message>
    <message>
        <source>file is for a different word size</source>
        <translation>tệp dành cho kích thước từ (word size) khác</translation>
    </message>
    <message>
        <source>file is for the wrong endianness</source>
        <translation>tệp có thứ tự byte (endianness) không đúng</translation>
    </message>
    <message>
        <source>file has an unknown ELF version</source>
        <translation>tệp có phiên bản ELF không xác định</translation>
    </message>
    <message>
        <source>file has an unexpected ABI</source>
        <translation>tệp có ABI không mong đợi</translation>
    </message>
    <message>
        <source>file is not a shared object</source>
        <translation>tệp không phải là đối tượng dùng chung</translation>
    </message>
    <message>
        <source>file is for a different processor</source>
        <translation>tệp dành cho bộ xử lý khác</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid ELF object (%2)</source>
        <translation>&apos;%1&apos; không phải là đối tượng ELF hợp lệ (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Qt plugin (%2)</source>
        <translation>&apos;%1&apos; không phải là plugin Qt (%2)</translation>
    </message>
    <message>
        <source>metadata not found</source>
        <translation>không tìm thấy siêu dữ liệu</translation>
    </message>
    <message>
        <source>program header table extends past the end of the file</source>
        <translation>bảng tiêu đề chương trình vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>a program header entry extends past the end of the file</source>
        <translation>một mục tiêu đề chương trình vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>a note segment start is not properly aligned (offset 0x%1, alignment %2)</source>
        <translation>điểm bắt đầu của một đoạn ghi chú không được căn chỉnh đúng (độ lệch 0x%1, căn chỉnh %2)</translation>
    </message>
    <message>
        <source>file has no code</source>
        <translation>tệp không có mã</translation>
    </message>
    <message>
        <source>section table extends past the end of the file</source>
        <translation>bảng phân đoạn vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>section header string table extends past the end of the file</source>
        <translation>bảng chuỗi tiêu đề phân đoạn vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>a section name extends past the end of the file</source>
        <translation>một tên phân đoạn vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>section contents extend past the end of the file</source>
        <translation>nội dung phân đoạn vượt quá cuối tệp</translation>
    </message>
    <message>
        <source>.qtmetadata section is too small</source>
        <translation>phân đoạn .qtmetadata quá nhỏ</translation>
    </message>
    <message>
        <source>.qtmetadata section has incorrect magic</source>
        <translation>phân đoạn .qtmetadata có số nhận dạng (magic) không đúng</translation>
    </message>
    <message>
        <source>.qtmetadata section is writable</source>
        <translation>phân đoạn .qtmetadata có thể ghi</translation>
    </message>
    <message>
        <source>.qtmetadata section is executable</source>
        <translation>phân đoạn .qtmetadata có thể thực thi</translation>
    </message>
    <message>
        <source>file too small</source>
        <translation>tệp quá nhỏ</translation>
    </message>
    <message>
        <source>unexpected program header entry size (%1)</source>
        <translation>kích thước mục tiêu đề chương trình không mong đợi (%1)</translation>
    </message>
    <message>
        <source>unexpected section entry size (%1)</source>
        <translation>kích thước mục phân đoạn không mong đợi (%1)</translation>
    </message>
    <message>
        <source>e_shstrndx greater than the number of sections e_shnum (%1 &gt;= %2)</source>
        <translation>e_shstrndx lớn hơn số phân đoạn e_shnum (%1 &gt;= %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Mach-O binary (%2)</source>
        <translation>&apos;%1&apos; không phải là tệp nhị phân Mach-O hợp lệ (%2)</translation>
    </message>
    <message>
        <source>file is corrupt</source>
        <translation>tệp bị hỏng</translation>
    </message>
    <message>
        <source>no suitable architecture in fat binary</source>
        <translation>không có kiến trúc phù hợp trong tệp nhị phân đa kiến trúc</translation>
    </message>
    <message>
        <source>invalid magic %1</source>
        <translation>số nhận dạng (magic) không hợp lệ %1</translation>
    </message>
    <message>
        <source>wrong architecture</source>
        <translation>sai kiến trúc</translation>
    </message>
    <message>
        <source>not a dynamic library</source>
        <translation>không phải là thư viện động</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Qt plugin</source>
        <translation>&apos;%1&apos; không phải là plugin Qt</translation>
    </message>
    <message>
        <source>Failed to extract plugin meta data from &apos;%1&apos;: %2</source>
        <translation>Không thể trích xuất siêu dữ liệu plugin từ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The shared library was not found.</source>
        <translation>Không tìm thấy thư viện dùng chung.</translation>
    </message>
    <message>
        <source>metadata too small</source>
        <translation>siêu dữ liệu quá nhỏ</translation>
    </message>
    <message>
        <source>entrypoint to query the plugin meta data not found</source>
        <translation>không tìm thấy điểm vào để truy vấn siêu dữ liệu plugin</translation>
    </message>
    <message>
        <source>The file &apos;%1&apos; is not a valid Qt plugin.</source>
        <translation>Tệp &apos;%1&apos; không phải là plugin Qt hợp lệ.</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; uses incompatible Qt library. (%2.%3.%4) [%5]</source>
        <translation>Plugin &apos;%1&apos; sử dụng thư viện Qt không tương thích. (%2.%3.%4) [%5]</translation>
    </message>
    <message>
        <source>The plugin &apos;%1&apos; uses incompatible Qt library. (Cannot mix debug and release libraries.)</source>
        <translation>Plugin &apos;%1&apos; sử dụng thư viện Qt không tương thích. (Không thể dùng lẫn thư viện gỡ lỗi và thư viện phát hành.)</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>Cannot load library %1: %2</source>
        <translation>Không thể nạp thư viện %1: %2</translation>
    </message>
    <message>
        <source>Cannot unload library %1: %2</source>
        <translation>Không thể gỡ thư viện %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid Windows DLL (%2)</source>
        <translation>&apos;%1&apos; không phải là DLL Windows hợp lệ (%2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is too small</source>
        <translation>&apos;%1&apos; quá nhỏ</translation>
    </message>
    <message>
        <source>file has no sections</source>
        <translation>tệp không có phân đoạn nào</translation>
    </message>
    <message>
        <source>wrong characteristics</source>
        <translation>sai đặc tính</translation>
    </message>
    <message>
        <source>a section name is empty or extends past the end of the file</source>
        <translation>một tên phân đoạn bị trống hoặc vượt quá cuối tệp</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QLocalServer</name>
    <message>
        <source>%1: Permission denied</source>
        <translation>%1: Không có quyền truy cập</translation>
    </message>
    <message>
        <source>%1: Name error</source>
        <translation>%1: Lỗi tên</translation>
    </message>
    <message>
        <source>%1: Address in use</source>
        <translation>%1: Địa chỉ đang được sử dụng</translation>
    </message>
    <message>
        <source>%1: Unknown error %2</source>
        <translation>%1: Lỗi không xác định %2</translation>
    </message>
</context>
<context>
    <name>QLocalSocket</name>
    <message>
        <source>%1: Connection error</source>
        <translation>%1: Lỗi kết nối</translation>
    </message>
    <message>
        <source>%1: Invalid name</source>
        <translation>%1: Tên không hợp lệ</translation>
    </message>
    <message>
        <source>%1: Access denied</source>
        <translation>%1: Truy cập bị từ chối</translation>
    </message>
    <message>
        <source>%1: Unknown error %2</source>
        <translation>%1: Lỗi không xác định %2</translation>
    </message>
    <message>
        <source>Trying to connect while connection is in progress</source>
        <translation>Đang cố kết nối trong khi một kết nối khác đang được thực hiện</translation>
    </message>
    <message>
        <source>Socket is not connected</source>
        <translation>Socket chưa được kết nối</translation>
    </message>
    <message>
        <source>Remote closed</source>
        <translation>Phía bên kia đã đóng kết nối</translation>
    </message>
    <message>
        <source>%1: Connection refused</source>
        <translation>%1: Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>%1: Remote closed</source>
        <translation>%1: Phía bên kia đã đóng kết nối</translation>
    </message>
    <message>
        <source>%1: Socket access error</source>
        <translation>%1: Lỗi truy cập socket</translation>
    </message>
    <message>
        <source>%1: Socket resource error</source>
        <translation>%1: Lỗi tài nguyên socket</translation>
    </message>
    <message>
        <source>%1: Socket operation timed out</source>
        <translation>%1: Thao tác socket đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>%1: Datagram too large</source>
        <translation>%1: Datagram quá lớn</translation>
    </message>
    <message>
        <source>%1: The socket operation is not supported</source>
        <translation>%1: Thao tác socket không được hỗ trợ</translation>
    </message>
    <message>
        <source>%1: Operation not permitted when socket is in this state</source>
        <translation>%1: Thao tác không được phép khi socket đang ở trạng thái này</translation>
    </message>
    <message>
        <source>%1: Unknown error</source>
        <translation>%1: Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QMYSQLDriver</name>
    <message>
        <source>Unable to allocate a MYSQL object</source>
        <translation>Không thể cấp phát đối tượng MYSQL</translation>
    </message>
    <message>
        <source>Unable to connect</source>
        <translation>Không thể kết nối</translation>
    </message>
    <message>
        <source>Unable to open database &apos;%1&apos;</source>
        <translation>Không thể mở cơ sở dữ liệu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
</context>
<context>
    <name>QMYSQLResult</name>
    <message>
        <source>Unable to fetch data</source>
        <translation>Không thể lấy dữ liệu</translation>
    </message>
    <message>
        <source>Unable to execute query</source>
        <translation>Không thể thực thi truy vấn</translation>
    </message>
    <message>
        <source>Unable to store result</source>
        <translation>Không thể lưu kết quả</translation>
    </message>
    <message>
        <source>Unable to execute next query</source>
        <translation>Không thể thực thi truy vấn kế tiếp</translation>
    </message>
    <message>
        <source>Unable to store next result</source>
        <translation>Không thể lưu kết quả kế tiếp</translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>Không thể đặt lại câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind value</source>
        <translation>Không thể gắn giá trị</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>Không thể thực thi câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind outvalues</source>
        <translation>Không thể gắn các giá trị đầu ra</translation>
    </message>
    <message>
        <source>Unable to store statement results</source>
        <translation>Không thể lưu kết quả câu lệnh</translation>
    </message>
</context>
<context>
    <name>QMdiArea</name>
    <message>
        <source>(Untitled)</source>
        <translation>(Chưa đặt tên)</translation>
    </message>
</context>
<context>
    <name>QMdiSubWindow</name>
    <message>
        <source>- [%1]</source>
        <translation>- [%1]</translation>
    </message>
    <message>
        <source>%1 - [%2]</source>
        <translation>%1 - [%2]</translation>
    </message>
    <message>
        <source>Minimize</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Maximize</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Unshade</source>
        <translation>Bỏ cuộn</translation>
    </message>
    <message>
        <source>Shade</source>
        <translation>Cuộn lại</translation>
    </message>
    <message>
        <source>Restore Down</source>
        <translation>Khôi phục kích thước</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Khôi phục</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Khôi phục</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Di chuyển</translation>
    </message>
    <message>
        <source>&amp;Size</source>
        <translation>&amp;Kích thước</translation>
    </message>
    <message>
        <source>Mi&amp;nimize</source>
        <translation>Thu &amp;nhỏ</translation>
    </message>
    <message>
        <source>Ma&amp;ximize</source>
        <translation>&amp;Phóng to</translation>
    </message>
    <message>
        <source>Stay on &amp;Top</source>
        <translation>Luôn ở &amp;trên cùng</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <source>Show Details...</source>
        <translation>Hiện chi tiết...</translation>
    </message>
    <message>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <source>&lt;h3&gt;About Qt&lt;/h3&gt;&lt;p&gt;This program uses Qt version %1.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Giới thiệu về Qt&lt;/h3&gt;&lt;p&gt;Chương trình này sử dụng Qt phiên bản %1.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</source>
        <extracomment>Leave this text untranslated or include a verbatim copy of it below and note that it is the authoritative version in case of doubt.</extracomment>
        <translation>&lt;p&gt;Qt is a C++ toolkit for cross-platform application development.&lt;/p&gt;&lt;p&gt;Qt provides single-source portability across all major desktop operating systems. It is also available for embedded Linux and other embedded and mobile operating systems.&lt;/p&gt;&lt;p&gt;Qt is available under multiple licensing options designed to accommodate the needs of our various users.&lt;/p&gt;&lt;p&gt;Qt licensed under our commercial license agreement is appropriate for development of proprietary/commercial software where you do not want to share any source code with third parties or otherwise cannot comply with the terms of GNU (L)GPL.&lt;/p&gt;&lt;p&gt;Qt licensed under GNU (L)GPL is appropriate for the development of Qt&amp;nbsp;applications provided you can comply with the terms and conditions of the respective licenses.&lt;/p&gt;&lt;p&gt;Please see &lt;a href=&quot;http://%2/&quot;&gt;%2&lt;/a&gt; for an overview of Qt licensing.&lt;/p&gt;&lt;p&gt;Copyright (C) %1 The Qt Company Ltd and other contributors.&lt;/p&gt;&lt;p&gt;Qt and the Qt logo are trademarks of The Qt Company Ltd.&lt;/p&gt;&lt;p&gt;Qt is The Qt Company Ltd product developed as an open source project. See &lt;a href=&quot;http://%3/&quot;&gt;%3&lt;/a&gt; for more information.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Qt</source>
        <translation>Giới thiệu về Qt</translation>
    </message>
</context>
<context>
    <name>QNativeSocketEngine</name>
    <message>
        <source>Unable to initialize non-blocking socket</source>
        <translation>Không thể khởi tạo socket không chặn</translation>
    </message>
    <message>
        <source>Unable to initialize broadcast socket</source>
        <translation>Không thể khởi tạo socket quảng bá (broadcast)</translation>
    </message>
    <message>
        <source>Attempt to use IPv6 socket on a platform with no IPv6 support</source>
        <translation>Cố sử dụng socket IPv6 trên nền tảng không hỗ trợ IPv6</translation>
    </message>
    <message>
        <source>The remote host closed the connection</source>
        <translation>Máy ở xa đã đóng kết nối</translation>
    </message>
    <message>
        <source>Network operation timed out</source>
        <translation>Thao tác mạng đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Out of resources</source>
        <translation>Hết tài nguyên</translation>
    </message>
    <message>
        <source>Unsupported socket operation</source>
        <translation>Thao tác socket không được hỗ trợ</translation>
    </message>
    <message>
        <source>Protocol type not supported</source>
        <translation>Kiểu giao thức không được hỗ trợ</translation>
    </message>
    <message>
        <source>Invalid socket descriptor</source>
        <translation>Bộ mô tả socket không hợp lệ</translation>
    </message>
    <message>
        <source>Host unreachable</source>
        <translation>Không thể truy cập máy chủ</translation>
    </message>
    <message>
        <source>Network unreachable</source>
        <translation>Không thể truy cập mạng</translation>
    </message>
    <message>
        <source>Permission denied</source>
        <translation>Không có quyền truy cập</translation>
    </message>
    <message>
        <source>Connection timed out</source>
        <translation>Kết nối đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Connection refused</source>
        <translation>Kết nối bị từ chối</translation>
    </message>
    <message>
        <source>The bound address is already in use</source>
        <translation>Địa chỉ liên kết đã được sử dụng</translation>
    </message>
    <message>
        <source>The address is not available</source>
        <translation>Địa chỉ không khả dụng</translation>
    </message>
    <message>
        <source>The address is protected</source>
        <translation>Địa chỉ được bảo vệ</translation>
    </message>
    <message>
        <source>Datagram was too large to send</source>
        <translation>Datagram quá lớn để gửi</translation>
    </message>
    <message>
        <source>Unable to send a message</source>
        <translation>Không thể gửi thông điệp</translation>
    </message>
    <message>
        <source>Unable to receive a message</source>
        <translation>Không thể nhận thông điệp</translation>
    </message>
    <message>
        <source>Unable to write</source>
        <translation>Không thể ghi</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Lỗi mạng</translation>
    </message>
    <message>
        <source>Another socket is already listening on the same port</source>
        <translation>Một socket khác đang lắng nghe trên cùng cổng</translation>
    </message>
    <message>
        <source>Operation on non-socket</source>
        <translation>Thao tác trên đối tượng không phải socket</translation>
    </message>
    <message>
        <source>The proxy type is invalid for this operation</source>
        <translation>Kiểu proxy không hợp lệ cho thao tác này</translation>
    </message>
    <message>
        <source>Temporary error</source>
        <translation>Lỗi tạm thời</translation>
    </message>
    <message>
        <source>Network dropped connection on reset</source>
        <translation>Mạng đã ngắt kết nối khi đặt lại</translation>
    </message>
    <message>
        <source>Connection reset by peer</source>
        <translation>Kết nối bị phía bên kia đặt lại</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessCacheBackend</name>
    <message>
        <source>Error opening %1</source>
        <translation>Lỗi khi mở %1</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessDataBackend</name>
    <message>
        <source>Invalid URI: %1</source>
        <translation>URI không hợp lệ: %1</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessDebugPipeBackend</name>
    <message>
        <source>Write error writing to %1: %2</source>
        <translation>Lỗi ghi khi ghi vào %1: %2</translation>
    </message>
    <message>
        <source>Socket error on %1: %2</source>
        <translation>Lỗi socket trên %1: %2</translation>
    </message>
    <message>
        <source>Remote host closed the connection prematurely on %1</source>
        <translation>Máy ở xa đã đóng kết nối quá sớm trên %1</translation>
    </message>
</context>
<context>
    <name>QNetworkAccessFileBackend</name>
    <message>
        <source>Request for opening non-local file %1</source>
        <translation>Yêu cầu mở tệp không cục bộ %1</translation>
    </message>
    <message>
        <source>Error opening %1: %2</source>
        <translation>Lỗi khi mở %1: %2</translation>
    </message>
    <message>
        <source>Write error writing to %1: %2</source>
        <translation>Lỗi ghi khi ghi vào %1: %2</translation>
    </message>
    <message>
        <source>Cannot open %1: Path is a directory</source>
        <translation>Không thể mở %1: Đường dẫn là một thư mục</translation>
    </message>
    <message>
        <source>Read error reading from %1: %2</source>
        <translation>Lỗi đọc khi đọc từ %1: %2</translation>
    </message>
</context>
<context>
    <name>QNetworkReply</name>
    <message>
        <source>Error transferring %1 - server replied: %2</source>
        <translation>Lỗi khi truyền %1 - máy chủ trả lời: %2</translation>
    </message>
    <message>
        <source>Protocol &quot;%1&quot; is unknown</source>
        <translation>Giao thức &quot;%1&quot; không xác định</translation>
    </message>
    <message>
        <source>backend start error.</source>
        <translation>lỗi khởi động backend.</translation>
    </message>
</context>
<context>
    <name>QNetworkReplyHttpImpl</name>
    <message>
        <source>Operation canceled</source>
        <translation>Thao tác đã bị hủy</translation>
    </message>
    <message>
        <source>No suitable proxy found</source>
        <translation>Không tìm thấy proxy phù hợp</translation>
    </message>
</context>
<context>
    <name>QNetworkReplyImpl</name>
    <message>
        <source>Operation canceled</source>
        <translation>Thao tác đã bị hủy</translation>
    </message>
</context>
<context>
    <name>QOCIDriver</name>
    <message>
        <source>Unable to initialize</source>
        <comment>QOCIDriver</comment>
        <translation>Không thể khởi tạo</translation>
    </message>
    <message>
        <source>Unable to logon</source>
        <translation>Không thể đăng nhập</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
</context>
<context>
    <name>QOCIResult</name>
    <message>
        <source>Unable to bind column for batch execute</source>
        <translation>Không thể gắn cột để thực thi theo lô</translation>
    </message>
    <message>
        <source>Unable to execute batch statement</source>
        <translation>Không thể thực thi câu lệnh theo lô</translation>
    </message>
    <message>
        <source>Unable to goto next</source>
        <translation>Không thể chuyển tới bản ghi kế tiếp</translation>
    </message>
    <message>
        <source>Unable to alloc statement</source>
        <translation>Không thể cấp phát câu lệnh</translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>Unable to get statement type</source>
        <translation>Không thể lấy kiểu câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind value</source>
        <translation>Không thể gắn giá trị</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>Không thể thực thi câu lệnh</translation>
    </message>
</context>
<context>
    <name>QODBCDriver</name>
    <message>
        <source>Unable to connect</source>
        <translation>Không thể kết nối</translation>
    </message>
    <message>
        <source>Unable to connect - Driver doesn&apos;t support all functionality required</source>
        <translation>Không thể kết nối - Trình điều khiển không hỗ trợ đầy đủ chức năng cần thiết</translation>
    </message>
    <message>
        <source>Unable to disable autocommit</source>
        <translation>Không thể tắt chế độ tự động xác nhận</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
    <message>
        <source>Unable to enable autocommit</source>
        <translation>Không thể bật chế độ tự động xác nhận</translation>
    </message>
</context>
<context>
    <name>QODBCResult</name>
    <message>
        <source>Unable to fetch last</source>
        <translation>Không thể lấy bản ghi cuối cùng</translation>
    </message>
    <message>
        <source>QODBCResult::reset: Unable to set &apos;SQL_CURSOR_STATIC&apos; as statement attribute. Please check your ODBC driver configuration</source>
        <translation>QODBCResult::reset: Không thể đặt &apos;SQL_CURSOR_STATIC&apos; làm thuộc tính câu lệnh. Vui lòng kiểm tra cấu hình trình điều khiển ODBC</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>Không thể thực thi câu lệnh</translation>
    </message>
    <message>
        <source>Unable to fetch</source>
        <translation>Không thể lấy dữ liệu</translation>
    </message>
    <message>
        <source>Unable to fetch next</source>
        <translation>Không thể lấy bản ghi kế tiếp</translation>
    </message>
    <message>
        <source>Unable to fetch first</source>
        <translation>Không thể lấy bản ghi đầu tiên</translation>
    </message>
    <message>
        <source>Unable to fetch previous</source>
        <translation>Không thể lấy bản ghi trước đó</translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind variable</source>
        <translation>Không thể gắn biến</translation>
    </message>
</context>
<context>
    <name>QPSQLDriver</name>
    <message>
        <source>Unable to connect</source>
        <translation>Không thể kết nối</translation>
    </message>
    <message>
        <source>Could not begin transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Could not commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Could not rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
    <message>
        <source>Unable to subscribe</source>
        <translation>Không thể đăng ký nhận thông báo</translation>
    </message>
    <message>
        <source>Unable to unsubscribe</source>
        <translation>Không thể hủy đăng ký nhận thông báo</translation>
    </message>
</context>
<context>
    <name>QPSQLResult</name>
    <message>
        <source>Query results lost - probably discarded on executing another SQL query.</source>
        <translation>Kết quả truy vấn bị mất - có thể đã bị hủy khi thực thi một truy vấn SQL khác.</translation>
    </message>
    <message>
        <source>Unable to create query</source>
        <translation>Không thể tạo truy vấn</translation>
    </message>
    <message>
        <source>Unable to get result</source>
        <translation>Không thể lấy kết quả</translation>
    </message>
    <message>
        <source>Unable to send query</source>
        <translation>Không thể gửi truy vấn</translation>
    </message>
    <message>
        <source>Unable to prepare statement</source>
        <translation>Không thể chuẩn bị câu lệnh</translation>
    </message>
</context>
<context>
    <name>QPageSetupWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Giấy</translation>
    </message>
    <message>
        <source>Page size:</source>
        <translation>Khổ giấy:</translation>
    </message>
    <message>
        <source>Width:</source>
        <translation>Chiều rộng:</translation>
    </message>
    <message>
        <source>Height:</source>
        <translation>Chiều cao:</translation>
    </message>
    <message>
        <source>Paper source:</source>
        <translation>Nguồn giấy:</translation>
    </message>
    <message>
        <source>Orientation</source>
        <translation>Hướng giấy</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Reverse landscape</source>
        <translation>Ngang đảo ngược</translation>
    </message>
    <message>
        <source>Reverse portrait</source>
        <translation>Dọc đảo ngược</translation>
    </message>
    <message>
        <source>Margins</source>
        <translation>Lề</translation>
    </message>
    <message>
        <source>top margin</source>
        <translation>lề trên</translation>
    </message>
    <message>
        <source>left margin</source>
        <translation>lề trái</translation>
    </message>
    <message>
        <source>right margin</source>
        <translation>lề phải</translation>
    </message>
    <message>
        <source>bottom margin</source>
        <translation>lề dưới</translation>
    </message>
    <message>
        <source>Page Layout</source>
        <translation>Bố cục trang</translation>
    </message>
    <message>
        <source>Page order:</source>
        <translation>Thứ tự trang:</translation>
    </message>
    <message>
        <source>Pages per sheet:</source>
        <translation>Số trang mỗi tờ:</translation>
    </message>
    <message>
        <source>Millimeters (mm)</source>
        <translation>Milimét (mm)</translation>
    </message>
    <message>
        <source>Inches (in)</source>
        <translation>Inch (in)</translation>
    </message>
    <message>
        <source>Points (pt)</source>
        <translation>Point (pt)</translation>
    </message>
    <message>
        <source>Pica (P̸)</source>
        <translation>Pica (P̸)</translation>
    </message>
    <message>
        <source>Didot (DD)</source>
        <translation>Didot (DD)</translation>
    </message>
    <message>
        <source>Cicero (CC)</source>
        <translation>Cicero (CC)</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>mm</source>
        <extracomment>Unit &apos;Millimeter&apos;</extracomment>
        <translation>mm</translation>
    </message>
    <message>
        <source>pt</source>
        <extracomment>Unit &apos;Points&apos;</extracomment>
        <translation>pt</translation>
    </message>
    <message>
        <source>in</source>
        <extracomment>Unit &apos;Inch&apos;</extracomment>
        <translation>in</translation>
    </message>
    <message>
        <source>P̸</source>
        <extracomment>Unit &apos;Pica&apos;</extracomment>
        <translation>P̸</translation>
    </message>
    <message>
        <source>DD</source>
        <extracomment>Unit &apos;Didot&apos;</extracomment>
        <translation>DD</translation>
    </message>
    <message>
        <source>CC</source>
        <extracomment>Unit &apos;Cicero&apos;</extracomment>
        <translation>CC</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <source>Custom (%1mm x %2mm)</source>
        <extracomment>Custom size name in millimeters</extracomment>
        <translation>Tùy chỉnh (%1mm x %2mm)</translation>
    </message>
    <message>
        <source>Custom (%1pt x %2pt)</source>
        <extracomment>Custom size name in points</extracomment>
        <translation>Tùy chỉnh (%1pt x %2pt)</translation>
    </message>
    <message>
        <source>Custom (%1in x %2in)</source>
        <extracomment>Custom size name in inches</extracomment>
        <translation>Tùy chỉnh (%1in x %2in)</translation>
    </message>
    <message>
        <source>Custom (%1pc x %2pc)</source>
        <extracomment>Custom size name in picas</extracomment>
        <translation>Tùy chỉnh (%1pc x %2pc)</translation>
    </message>
    <message>
        <source>Custom (%1DD x %2DD)</source>
        <extracomment>Custom size name in didots</extracomment>
        <translation>Tùy chỉnh (%1DD x %2DD)</translation>
    </message>
    <message>
        <source>Custom (%1CC x %2CC)</source>
        <extracomment>Custom size name in ciceros</extracomment>
        <translation>Tùy chỉnh (%1CC x %2CC)</translation>
    </message>
    <message>
        <source>%1 x %2 in</source>
        <extracomment>Page size in &apos;Inch&apos;.</extracomment>
        <translation>%1 x %2 in</translation>
    </message>
    <message>
        <source>A0</source>
        <translation>A0</translation>
    </message>
    <message>
        <source>A1</source>
        <translation>A1</translation>
    </message>
    <message>
        <source>A2</source>
        <translation>A2</translation>
    </message>
    <message>
        <source>A3</source>
        <translation>A3</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>A6</source>
        <translation>A6</translation>
    </message>
    <message>
        <source>A7</source>
        <translation>A7</translation>
    </message>
    <message>
        <source>A8</source>
        <translation>A8</translation>
    </message>
    <message>
        <source>A9</source>
        <translation>A9</translation>
    </message>
    <message>
        <source>A10</source>
        <translation>A10</translation>
    </message>
    <message>
        <source>B0</source>
        <translation>B0</translation>
    </message>
    <message>
        <source>B1</source>
        <translation>B1</translation>
    </message>
    <message>
        <source>B2</source>
        <translation>B2</translation>
    </message>
    <message>
        <source>B3</source>
        <translation>B3</translation>
    </message>
    <message>
        <source>B4</source>
        <translation>B4</translation>
    </message>
    <message>
        <source>B5</source>
        <translation>B5</translation>
    </message>
    <message>
        <source>B6</source>
        <translation>B6</translation>
    </message>
    <message>
        <source>B7</source>
        <translation>B7</translation>
    </message>
    <message>
        <source>B8</source>
        <translation>B8</translation>
    </message>
    <message>
        <source>B9</source>
        <translation>B9</translation>
    </message>
    <message>
        <source>B10</source>
        <translation>B10</translation>
    </message>
    <message>
        <source>Executive (7.5 x 10 in)</source>
        <translation>Executive (7.5 x 10 in)</translation>
    </message>
    <message>
        <source>Executive (7.25 x 10.5 in)</source>
        <translation>Executive (7.25 x 10.5 in)</translation>
    </message>
    <message>
        <source>Folio (8.27 x 13 in)</source>
        <translation>Folio (8.27 x 13 in)</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Legal</translation>
    </message>
    <message>
        <source>Letter / ANSI A</source>
        <translation>Letter / ANSI A</translation>
    </message>
    <message>
        <source>Tabloid / ANSI B</source>
        <translation>Tabloid / ANSI B</translation>
    </message>
    <message>
        <source>Ledger / ANSI B</source>
        <translation>Ledger / ANSI B</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Tùy chỉnh</translation>
    </message>
    <message>
        <source>A3 Extra</source>
        <translation>A3 Extra</translation>
    </message>
    <message>
        <source>A4 Extra</source>
        <translation>A4 Extra</translation>
    </message>
    <message>
        <source>A4 Plus</source>
        <translation>A4 Plus</translation>
    </message>
    <message>
        <source>A4 Small</source>
        <translation>A4 Small</translation>
    </message>
    <message>
        <source>A5 Extra</source>
        <translation>A5 Extra</translation>
    </message>
    <message>
        <source>B5 Extra</source>
        <translation>B5 Extra</translation>
    </message>
    <message>
        <source>JIS B0</source>
        <translation>JIS B0</translation>
    </message>
    <message>
        <source>JIS B1</source>
        <translation>JIS B1</translation>
    </message>
    <message>
        <source>JIS B2</source>
        <translation>JIS B2</translation>
    </message>
    <message>
        <source>JIS B3</source>
        <translation>JIS B3</translation>
    </message>
    <message>
        <source>JIS B4</source>
        <translation>JIS B4</translation>
    </message>
    <message>
        <source>JIS B5</source>
        <translation>JIS B5</translation>
    </message>
    <message>
        <source>JIS B6</source>
        <translation>JIS B6</translation>
    </message>
    <message>
        <source>JIS B7</source>
        <translation>JIS B7</translation>
    </message>
    <message>
        <source>JIS B8</source>
        <translation>JIS B8</translation>
    </message>
    <message>
        <source>JIS B9</source>
        <translation>JIS B9</translation>
    </message>
    <message>
        <source>JIS B10</source>
        <translation>JIS B10</translation>
    </message>
    <message>
        <source>ANSI C</source>
        <translation>ANSI C</translation>
    </message>
    <message>
        <source>ANSI D</source>
        <translation>ANSI D</translation>
    </message>
    <message>
        <source>ANSI E</source>
        <translation>ANSI E</translation>
    </message>
    <message>
        <source>Legal Extra</source>
        <translation>Legal Extra</translation>
    </message>
    <message>
        <source>Letter Extra</source>
        <translation>Letter Extra</translation>
    </message>
    <message>
        <source>Letter Plus</source>
        <translation>Letter Plus</translation>
    </message>
    <message>
        <source>Letter Small</source>
        <translation>Letter Small</translation>
    </message>
    <message>
        <source>Tabloid Extra</source>
        <translation>Tabloid Extra</translation>
    </message>
    <message>
        <source>Architect A</source>
        <translation>Architect A</translation>
    </message>
    <message>
        <source>Architect B</source>
        <translation>Architect B</translation>
    </message>
    <message>
        <source>Architect C</source>
        <translation>Architect C</translation>
    </message>
    <message>
        <source>Architect D</source>
        <translation>Architect D</translation>
    </message>
    <message>
        <source>Architect E</source>
        <translation>Architect E</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Quarto</source>
        <translation>Quarto</translation>
    </message>
    <message>
        <source>Statement</source>
        <translation>Statement</translation>
    </message>
    <message>
        <source>Super A</source>
        <translation>Super A</translation>
    </message>
    <message>
        <source>Super B</source>
        <translation>Super B</translation>
    </message>
    <message>
        <source>Postcard</source>
        <translation>Bưu thiếp</translation>
    </message>
    <message>
        <source>Double Postcard</source>
        <translation>Bưu thiếp đôi</translation>
    </message>
    <message>
        <source>PRC 16K</source>
        <translation>PRC 16K</translation>
    </message>
    <message>
        <source>PRC 32K</source>
        <translation>PRC 32K</translation>
    </message>
    <message>
        <source>PRC 32K Big</source>
        <translation>PRC 32K Big</translation>
    </message>
    <message>
        <source>Fan-fold US (14.875 x 11 in)</source>
        <translation>Giấy gấp quạt Mỹ (14.875 x 11 in)</translation>
    </message>
    <message>
        <source>Fan-fold German (8.5 x 12 in)</source>
        <translation>Giấy gấp quạt Đức (8.5 x 12 in)</translation>
    </message>
    <message>
        <source>Fan-fold German Legal (8.5 x 13 in)</source>
        <translation>Giấy gấp quạt Đức Legal (8.5 x 13 in)</translation>
    </message>
    <message>
        <source>Envelope B4</source>
        <translation>Phong bì B4</translation>
    </message>
    <message>
        <source>Envelope B5</source>
        <translation>Phong bì B5</translation>
    </message>
    <message>
        <source>Envelope B6</source>
        <translation>Phong bì B6</translation>
    </message>
    <message>
        <source>Envelope C0</source>
        <translation>Phong bì C0</translation>
    </message>
    <message>
        <source>Envelope C1</source>
        <translation>Phong bì C1</translation>
    </message>
    <message>
        <source>Envelope C2</source>
        <translation>Phong bì C2</translation>
    </message>
    <message>
        <source>Envelope C3</source>
        <translation>Phong bì C3</translation>
    </message>
    <message>
        <source>Envelope C4</source>
        <translation>Phong bì C4</translation>
    </message>
    <message>
        <source>Envelope C5</source>
        <translation>Phong bì C5</translation>
    </message>
    <message>
        <source>Envelope C6</source>
        <translation>Phong bì C6</translation>
    </message>
    <message>
        <source>Envelope C65</source>
        <translation>Phong bì C65</translation>
    </message>
    <message>
        <source>Envelope C7</source>
        <translation>Phong bì C7</translation>
    </message>
    <message>
        <source>Envelope DL</source>
        <translation>Phong bì DL</translation>
    </message>
    <message>
        <source>Envelope US 9</source>
        <translation>Phong bì US 9</translation>
    </message>
    <message>
        <source>Envelope US 10</source>
        <translation>Phong bì US 10</translation>
    </message>
    <message>
        <source>Envelope US 11</source>
        <translation>Phong bì US 11</translation>
    </message>
    <message>
        <source>Envelope US 12</source>
        <translation>Phong bì US 12</translation>
    </message>
    <message>
        <source>Envelope US 14</source>
        <translation>Phong bì US 14</translation>
    </message>
    <message>
        <source>Envelope Monarch</source>
        <translation>Phong bì Monarch</translation>
    </message>
    <message>
        <source>Envelope Personal</source>
        <translation>Phong bì Personal</translation>
    </message>
    <message>
        <source>Envelope Chou 3</source>
        <translation>Phong bì Chou 3</translation>
    </message>
    <message>
        <source>Envelope Chou 4</source>
        <translation>Phong bì Chou 4</translation>
    </message>
    <message>
        <source>Envelope Invite</source>
        <translation>Phong bì Invite</translation>
    </message>
    <message>
        <source>Envelope Italian</source>
        <translation>Phong bì Italian</translation>
    </message>
    <message>
        <source>Envelope Kaku 2</source>
        <translation>Phong bì Kaku 2</translation>
    </message>
    <message>
        <source>Envelope Kaku 3</source>
        <translation>Phong bì Kaku 3</translation>
    </message>
    <message>
        <source>Envelope PRC 1</source>
        <translation>Phong bì PRC 1</translation>
    </message>
    <message>
        <source>Envelope PRC 2</source>
        <translation>Phong bì PRC 2</translation>
    </message>
    <message>
        <source>Envelope PRC 3</source>
        <translation>Phong bì PRC 3</translation>
    </message>
    <message>
        <source>Envelope PRC 4</source>
        <translation>Phong bì PRC 4</translation>
    </message>
    <message>
        <source>Envelope PRC 5</source>
        <translation>Phong bì PRC 5</translation>
    </message>
    <message>
        <source>Envelope PRC 6</source>
        <translation>Phong bì PRC 6</translation>
    </message>
    <message>
        <source>Envelope PRC 7</source>
        <translation>Phong bì PRC 7</translation>
    </message>
    <message>
        <source>Envelope PRC 8</source>
        <translation>Phong bì PRC 8</translation>
    </message>
    <message>
        <source>Envelope PRC 9</source>
        <translation>Phong bì PRC 9</translation>
    </message>
    <message>
        <source>Envelope PRC 10</source>
        <translation>Phong bì PRC 10</translation>
    </message>
    <message>
        <source>Envelope You 4</source>
        <translation>Phong bì You 4</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <source>Yes to &amp;All</source>
        <translation>Có &amp;tất cả</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <source>N&amp;o to All</source>
        <translation>Không tất &amp;cả</translation>
    </message>
    <message>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QPluginLoader</name>
    <message>
        <source>The plugin was not loaded.</source>
        <translation>Plugin chưa được nạp.</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
</context>
<context>
    <name>QPrintDialog</name>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>All Pages</source>
        <translation>Tất cả các trang</translation>
    </message>
    <message>
        <source>Odd Pages</source>
        <translation>Trang lẻ</translation>
    </message>
    <message>
        <source>Even Pages</source>
        <translation>Trang chẵn</translation>
    </message>
    <message>
        <source>&amp;Options &gt;&gt;</source>
        <translation>Tùy &amp;chọn &gt;&gt;</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;In</translation>
    </message>
    <message>
        <source>&amp;Options &lt;&lt;</source>
        <translation>Tùy &amp;chọn &lt;&lt;</translation>
    </message>
    <message>
        <source>Invalid Pages Definition</source>
        <translation>Phạm vi trang không hợp lệ</translation>
    </message>
    <message>
        <source>%1 does not follow the correct syntax. Please use &apos;,&apos; to separate ranges and pages, &apos;-&apos; to define ranges and make sure ranges do not intersect with each other.</source>
        <translation>%1 không đúng cú pháp. Vui lòng dùng &apos;,&apos; để phân tách các khoảng và các trang, dùng &apos;-&apos; để xác định khoảng, và đảm bảo các khoảng không giao nhau.</translation>
    </message>
    <message>
        <source>Duplex Settings Conflicts</source>
        <translation>Xung đột thiết lập in hai mặt</translation>
    </message>
    <message>
        <source>There are conflicts in duplex settings. Do you want to fix them?</source>
        <translation>Có xung đột trong thiết lập in hai mặt. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>Print to File (PDF)</source>
        <translation>In ra tệp (PDF)</translation>
    </message>
    <message>
        <source>Local file</source>
        <translation>Tệp cục bộ</translation>
    </message>
    <message>
        <source>Write PDF file</source>
        <translation>Ghi tệp PDF</translation>
    </message>
    <message>
        <source>Print To File ...</source>
        <translation>In ra tệp ...</translation>
    </message>
    <message>
        <source>%1 is a directory.
Please choose a different file name.</source>
        <translation>%1 là một thư mục.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>File %1 is not writable.
Please choose a different file name.</source>
        <translation>Không thể ghi vào tệp %1.
Vui lòng chọn tên tệp khác.</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to overwrite it?</source>
        <translation>%1 đã tồn tại.
Bạn có muốn ghi đè không?</translation>
    </message>
    <message>
        <source>Options &apos;Pages Per Sheet&apos; and &apos;Page Set&apos; cannot be used together.
Please turn one of those options off.</source>
        <translation>Không thể dùng đồng thời hai tùy chọn &apos;Số trang mỗi tờ&apos; và &apos;Tập trang&apos;.
Vui lòng tắt một trong hai tùy chọn.</translation>
    </message>
    <message>
        <source>The &apos;From&apos; value cannot be greater than the &apos;To&apos; value.</source>
        <translation>Giá trị &apos;Từ&apos; không được lớn hơn giá trị &apos;Đến&apos;.</translation>
    </message>
    <message>
        <source>Left to Right, Top to Bottom</source>
        <translation>Trái sang phải, trên xuống dưới</translation>
    </message>
    <message>
        <source>Left to Right, Bottom to Top</source>
        <translation>Trái sang phải, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Bottom to Top</source>
        <translation>Phải sang trái, dưới lên trên</translation>
    </message>
    <message>
        <source>Right to Left, Top to Bottom</source>
        <translation>Phải sang trái, trên xuống dưới</translation>
    </message>
    <message>
        <source>Bottom to Top, Left to Right</source>
        <translation>Dưới lên trên, trái sang phải</translation>
    </message>
    <message>
        <source>Bottom to Top, Right to Left</source>
        <translation>Dưới lên trên, phải sang trái</translation>
    </message>
    <message>
        <source>Top to Bottom, Left to Right</source>
        <translation>Trên xuống dưới, trái sang phải</translation>
    </message>
    <message>
        <source>Top to Bottom, Right to Left</source>
        <translation>Trên xuống dưới, phải sang trái</translation>
    </message>
    <message>
        <source>1 (1x1)</source>
        <translation>1 (1x1)</translation>
    </message>
    <message>
        <source>2 (2x1)</source>
        <translation>2 (2x1)</translation>
    </message>
    <message>
        <source>4 (2x2)</source>
        <translation>4 (2x2)</translation>
    </message>
    <message>
        <source>6 (2x3)</source>
        <translation>6 (2x3)</translation>
    </message>
    <message>
        <source>9 (3x3)</source>
        <translation>9 (3x3)</translation>
    </message>
    <message>
        <source>16 (4x4)</source>
        <translation>16 (4x4)</translation>
    </message>
</context>
<context>
    <name>QPrintPreviewDialog</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Print Preview</source>
        <translation>Xem trước khi in</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Trang sau</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Trang trước</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>Trang đầu</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Trang cuối</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Vừa chiều rộng</translation>
    </message>
    <message>
        <source>Fit page</source>
        <translation>Vừa trang</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Phóng to</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Thu nhỏ</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Dọc</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Ngang</translation>
    </message>
    <message>
        <source>Show single page</source>
        <translation>Hiện từng trang</translation>
    </message>
    <message>
        <source>Show facing pages</source>
        <translation>Hiện hai trang đối diện</translation>
    </message>
    <message>
        <source>Show overview of all pages</source>
        <translation>Hiện tổng quan tất cả các trang</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <source>Page setup</source>
        <translation>Thiết lập trang</translation>
    </message>
    <message>
        <source>Export to PDF</source>
        <translation>Xuất ra PDF</translation>
    </message>
    <message>
        <source>Page Setup</source>
        <translation>Thiết lập trang</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesDialog</name>
    <message>
        <source>Printer Properties</source>
        <translation>Thuộc tính máy in</translation>
    </message>
    <message>
        <source>Job Options</source>
        <translation>Tùy chọn lệnh in</translation>
    </message>
    <message>
        <source>Page Setup Conflicts</source>
        <translation>Xung đột thiết lập trang</translation>
    </message>
    <message>
        <source>There are conflicts in page setup options. Do you want to fix them?</source>
        <translation>Có xung đột trong các tùy chọn thiết lập trang. Bạn có muốn sửa không?</translation>
    </message>
    <message>
        <source>Advanced Option Conflicts</source>
        <translation>Xung đột tùy chọn nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some advanced options. Do you want to fix them?</source>
        <translation>Có xung đột trong một số tùy chọn nâng cao. Bạn có muốn sửa không?</translation>
    </message>
</context>
<context>
    <name>QPrintPropertiesWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Trang</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Nâng cao</translation>
    </message>
    <message>
        <source>There are conflicts in some options. Please fix them.</source>
        <translation>Có xung đột trong một số tùy chọn. Vui lòng sửa lại.</translation>
    </message>
</context>
<context>
    <name>QPrintSettingsOutput</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Copies</source>
        <translation>Bản sao</translation>
    </message>
    <message>
        <source>Print range</source>
        <translation>Phạm vi in</translation>
    </message>
    <message>
        <source>Print all</source>
        <translation>In tất cả</translation>
    </message>
    <message>
        <source>Pages from</source>
        <translation>Các trang từ</translation>
    </message>
    <message>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Các trang</translation>
    </message>
    <message>
        <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
        <translation>Nhập các trang hoặc khoảng trang, phân tách bằng dấu phẩy. Khoảng trang gồm hai số nối với nhau bằng dấu gạch ngang. Ví dụ: 3,5-7,9 sẽ in các trang 3, 5, 6, 7 và 9.</translation>
    </message>
    <message>
        <source>Current Page</source>
        <translation>Trang hiện tại</translation>
    </message>
    <message>
        <source>Selection</source>
        <translation>Vùng chọn</translation>
    </message>
    <message>
        <source>Page Set:</source>
        <translation>Tập trang:</translation>
    </message>
    <message>
        <source>Output Settings</source>
        <translation>Thiết lập đầu ra</translation>
    </message>
    <message>
        <source>Copies:</source>
        <translation>Số bản:</translation>
    </message>
    <message>
        <source>Collate</source>
        <translation>In theo bộ</translation>
    </message>
    <message>
        <source>Reverse</source>
        <translation>Đảo ngược</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Tùy chọn</translation>
    </message>
    <message>
        <source>Color Mode</source>
        <translation>Chế độ màu</translation>
    </message>
    <message>
        <source>Color</source>
        <translation>Màu</translation>
    </message>
    <message>
        <source>Grayscale</source>
        <translation>Thang xám</translation>
    </message>
    <message>
        <source>Double Sided Printing</source>
        <translation>In hai mặt</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Tắt</translation>
    </message>
    <message>
        <source>Long side binding</source>
        <translation>Đóng gáy cạnh dài</translation>
    </message>
    <message>
        <source>Short side binding</source>
        <translation>Đóng gáy cạnh ngắn</translation>
    </message>
</context>
<context>
    <name>QPrintWidget</name>
    <message>
        <source>Form</source>
        <translation>Biểu mẫu</translation>
    </message>
    <message>
        <source>Printer</source>
        <translation>Máy in</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Tên:</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>Thuộc tín&amp;h</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Vị trí:</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Xem trước</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Kiểu:</translation>
    </message>
    <message>
        <source>Output &amp;file:</source>
        <translation>Tệp đầu &amp;ra:</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
</context>
<context>
    <name>QProcess</name>
    <message>
        <source>Could not open input redirection for reading</source>
        <translation>Không thể mở chuyển hướng đầu vào để đọc</translation>
    </message>
    <message>
        <source>Could not open output redirection for writing</source>
        <translation>Không thể mở chuyển hướng đầu ra để ghi</translation>
    </message>
    <message>
        <source>Process failed to start: %1</source>
        <translation>Không thể khởi động tiến trình: %1</translation>
    </message>
    <message>
        <source>Process failed to start</source>
        <translation>Không thể khởi động tiến trình</translation>
    </message>
    <message>
        <source>Process crashed</source>
        <translation>Tiến trình bị sập</translation>
    </message>
    <message>
        <source>Process operation timed out</source>
        <translation>Thao tác tiến trình đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Error reading from process</source>
        <translation>Lỗi khi đọc từ tiến trình</translation>
    </message>
    <message>
        <source>Error writing to process</source>
        <translation>Lỗi khi ghi vào tiến trình</translation>
    </message>
    <message>
        <source>No program defined</source>
        <translation>Chưa chỉ định chương trình</translation>
    </message>
    <message>
        <source>Resource error (fork failure): %1</source>
        <translation>Lỗi tài nguyên (fork thất bại): %1</translation>
    </message>
</context>
<context>
    <name>QProgressDialog</name>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
</context>
<context>
    <name>QRegularExpression</name>
    <message>
        <source>no error</source>
        <translation>không có lỗi</translation>
    </message>
    <message>
        <source>\ at end of pattern</source>
        <translation>\ ở cuối mẫu</translation>
    </message>
    <message>
        <source>\c at end of pattern</source>
        <translation>\c ở cuối mẫu</translation>
    </message>
    <message>
        <source>unrecognized character follows \</source>
        <translation>ký tự không nhận dạng được sau \</translation>
    </message>
    <message>
        <source>numbers out of order in {} quantifier</source>
        <translation>các số sai thứ tự trong lượng từ {}</translation>
    </message>
    <message>
        <source>number too big in {} quantifier</source>
        <translation>số quá lớn trong lượng từ {}</translation>
    </message>
    <message>
        <source>missing terminating ] for character class</source>
        <translation>thiếu ] kết thúc cho lớp ký tự</translation>
    </message>
    <message>
        <source>escape sequence is invalid in character class</source>
        <translation>chuỗi thoát không hợp lệ trong lớp ký tự</translation>
    </message>
    <message>
        <source>range out of order in character class</source>
        <translation>khoảng sai thứ tự trong lớp ký tự</translation>
    </message>
    <message>
        <source>quantifier does not follow a repeatable item</source>
        <translation>lượng từ không đứng sau một mục có thể lặp</translation>
    </message>
    <message>
        <source>internal error: unexpected repeat</source>
        <translation>lỗi nội bộ: lặp không mong đợi</translation>
    </message>
    <message>
        <source>unrecognized character after (? or (?-</source>
        <translation>ký tự không nhận dạng được sau (? hoặc (?-</translation>
    </message>
    <message>
        <source>POSIX named classes are supported only within a class</source>
        <translation>các lớp có tên POSIX chỉ được hỗ trợ bên trong một lớp</translation>
    </message>
    <message>
        <source>POSIX collating elements are not supported</source>
        <translation>không hỗ trợ các phần tử đối chiếu POSIX</translation>
    </message>
    <message>
        <source>missing closing parenthesis</source>
        <translation>thiếu dấu đóng ngoặc đơn</translation>
    </message>
    <message>
        <source>reference to non-existent subpattern</source>
        <translation>tham chiếu tới mẫu con không tồn tại</translation>
    </message>
    <message>
        <source>pattern passed as NULL</source>
        <translation>mẫu được truyền vào là NULL</translation>
    </message>
    <message>
        <source>unrecognised compile-time option bit(s)</source>
        <translation>(các) bit tùy chọn biên dịch không nhận dạng được</translation>
    </message>
    <message>
        <source>missing ) after (?# comment</source>
        <translation>thiếu ) sau chú thích (?#</translation>
    </message>
    <message>
        <source>parentheses are too deeply nested</source>
        <translation>các cặp ngoặc đơn lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>regular expression is too large</source>
        <translation>biểu thức chính quy quá lớn</translation>
    </message>
    <message>
        <source>failed to allocate heap memory</source>
        <translation>không thể cấp phát bộ nhớ heap</translation>
    </message>
    <message>
        <source>unmatched closing parenthesis</source>
        <translation>dấu đóng ngoặc đơn không có dấu mở tương ứng</translation>
    </message>
    <message>
        <source>internal error: code overflow</source>
        <translation>lỗi nội bộ: tràn mã</translation>
    </message>
    <message>
        <source>missing closing parenthesis for condition</source>
        <translation>thiếu dấu đóng ngoặc đơn cho điều kiện</translation>
    </message>
    <message>
        <source>lookbehind assertion is not fixed length</source>
        <translation>khẳng định nhìn lùi không có độ dài cố định</translation>
    </message>
    <message>
        <source>a relative value of zero is not allowed</source>
        <translation>không cho phép giá trị tương đối bằng không</translation>
    </message>
    <message>
        <source>conditional subpattern contains more than two branches</source>
        <translation>mẫu con điều kiện chứa nhiều hơn hai nhánh</translation>
    </message>
    <message>
        <source>assertion expected after (?( or (?(?C)</source>
        <translation>cần một khẳng định sau (?( hoặc (?(?C)</translation>
    </message>
    <message>
        <source>digit expected after (?+ or (?-</source>
        <translation>cần một chữ số sau (?+ hoặc (?-</translation>
    </message>
    <message>
        <source>unknown POSIX class name</source>
        <translation>tên lớp POSIX không xác định</translation>
    </message>
    <message>
        <source>internal error in pcre2_study(): should not occur</source>
        <translation>lỗi nội bộ trong pcre2_study(): không được xảy ra</translation>
    </message>
    <message>
        <source>this version of PCRE2 does not have Unicode support</source>
        <translation>phiên bản PCRE2 này không hỗ trợ Unicode</translation>
    </message>
    <message>
        <source>parentheses are too deeply nested (stack check)</source>
        <translation>các cặp ngoặc đơn lồng nhau quá sâu (kiểm tra ngăn xếp)</translation>
    </message>
    <message>
        <source>character code point value in \x{} or \o{} is too large</source>
        <translation>giá trị điểm mã ký tự trong \x{} hoặc \o{} quá lớn</translation>
    </message>
    <message>
        <source>lookbehind is too complicated</source>
        <translation>khẳng định nhìn lùi quá phức tạp</translation>
    </message>
    <message>
        <source>\C is not allowed in a lookbehind assertion in UTF-16 mode</source>
        <translation>không cho phép \C trong khẳng định nhìn lùi ở chế độ UTF-16</translation>
    </message>
    <message>
        <source>PCRE2 does not support \F, \L, \l, \N{name}, \U, or \u</source>
        <translation>PCRE2 không hỗ trợ \F, \L, \l, \N{name}, \U, hoặc \u</translation>
    </message>
    <message>
        <source>number after (?C is greater than 255</source>
        <translation>số sau (?C lớn hơn 255</translation>
    </message>
    <message>
        <source>closing parenthesis for (?C expected</source>
        <translation>cần dấu đóng ngoặc đơn cho (?C</translation>
    </message>
    <message>
        <source>invalid escape sequence in (*VERB) name</source>
        <translation>chuỗi thoát không hợp lệ trong tên (*VERB)</translation>
    </message>
    <message>
        <source>unrecognized character after (?P</source>
        <translation>ký tự không nhận dạng được sau (?P</translation>
    </message>
    <message>
        <source>syntax error in subpattern name (missing terminator?)</source>
        <translation>lỗi cú pháp trong tên mẫu con (thiếu ký tự kết thúc?)</translation>
    </message>
    <message>
        <source>two named subpatterns have the same name (PCRE2_DUPNAMES not set)</source>
        <translation>hai mẫu con có tên trùng nhau (chưa đặt PCRE2_DUPNAMES)</translation>
    </message>
    <message>
        <source>subpattern name must start with a non-digit</source>
        <translation>tên mẫu con phải bắt đầu bằng ký tự không phải chữ số</translation>
    </message>
    <message>
        <source>this version of PCRE2 does not have support for \P, \p, or \X</source>
        <translation>phiên bản PCRE2 này không hỗ trợ \P, \p, hoặc \X</translation>
    </message>
    <message>
        <source>malformed \P or \p sequence</source>
        <translation>chuỗi \P hoặc \p sai định dạng</translation>
    </message>
    <message>
        <source>unknown property name after \P or \p</source>
        <translation>tên thuộc tính không xác định sau \P hoặc \p</translation>
    </message>
    <message>
        <source>subpattern name is too long (maximum 32 code units)</source>
        <translation>tên mẫu con quá dài (tối đa 32 đơn vị mã)</translation>
    </message>
    <message>
        <source>too many named subpatterns (maximum 10000)</source>
        <translation>quá nhiều mẫu con có tên (tối đa 10000)</translation>
    </message>
    <message>
        <source>invalid range in character class</source>
        <translation>khoảng không hợp lệ trong lớp ký tự</translation>
    </message>
    <message>
        <source>octal value is greater than \377 in 8-bit non-UTF-8 mode</source>
        <translation>giá trị bát phân lớn hơn \377 trong chế độ 8-bit không phải UTF-8</translation>
    </message>
    <message>
        <source>internal error: overran compiling workspace</source>
        <translation>lỗi nội bộ: tràn vùng làm việc biên dịch</translation>
    </message>
    <message>
        <source>internal error: previously-checked referenced subpattern not found</source>
        <translation>lỗi nội bộ: không tìm thấy mẫu con được tham chiếu đã kiểm tra trước đó</translation>
    </message>
    <message>
        <source>DEFINE subpattern contains more than one branch</source>
        <translation>mẫu con DEFINE chứa nhiều hơn một nhánh</translation>
    </message>
    <message>
        <source>missing opening brace after \o</source>
        <translation>thiếu dấu mở ngoặc nhọn sau \o</translation>
    </message>
    <message>
        <source>internal error: unknown newline setting</source>
        <translation>lỗi nội bộ: thiết lập xuống dòng không xác định</translation>
    </message>
    <message>
        <source>\g is not followed by a braced, angle-bracketed, or quoted name/number or by a plain number</source>
        <translation>\g không được theo sau bởi tên/số trong ngoặc nhọn, ngoặc góc, dấu nháy hoặc bởi một số thông thường</translation>
    </message>
    <message>
        <source>(?R (recursive pattern call) must be followed by a closing parenthesis</source>
        <translation>(?R (lời gọi mẫu đệ quy) phải được theo sau bởi dấu đóng ngoặc đơn</translation>
    </message>
    <message>
        <source>obsolete error (should not occur)</source>
        <translation>lỗi đã lỗi thời (không được xảy ra)</translation>
    </message>
    <message>
        <source>(*VERB) not recognized or malformed</source>
        <translation>(*VERB) không nhận dạng được hoặc sai định dạng</translation>
    </message>
    <message>
        <source>subpattern number is too big</source>
        <translation>số mẫu con quá lớn</translation>
    </message>
    <message>
        <source>subpattern name expected</source>
        <translation>cần tên mẫu con</translation>
    </message>
    <message>
        <source>internal error: parsed pattern overflow</source>
        <translation>lỗi nội bộ: tràn mẫu đã phân tích</translation>
    </message>
    <message>
        <source>non-octal character in \o{} (closing brace missing?)</source>
        <translation>ký tự không phải bát phân trong \o{} (thiếu dấu đóng ngoặc nhọn?)</translation>
    </message>
    <message>
        <source>different names for subpatterns of the same number are not allowed</source>
        <translation>không cho phép các tên khác nhau cho các mẫu con có cùng số</translation>
    </message>
    <message>
        <source>(*MARK) must have an argument</source>
        <translation>(*MARK) phải có tham số</translation>
    </message>
    <message>
        <source>non-hex character in \x{} (closing brace missing?)</source>
        <translation>ký tự không phải thập lục phân trong \x{} (thiếu dấu đóng ngoặc nhọn?)</translation>
    </message>
    <message>
        <source>\c must be followed by a printable ASCII character</source>
        <translation>\c phải được theo sau bởi một ký tự ASCII in được</translation>
    </message>
    <message>
        <source>\c must be followed by a letter or one of [\]^_?</source>
        <translation>\c phải được theo sau bởi một chữ cái hoặc một trong các ký tự [\]^_?</translation>
    </message>
    <message>
        <source>\k is not followed by a braced, angle-bracketed, or quoted name</source>
        <translation>\k không được theo sau bởi tên trong ngoặc nhọn, ngoặc góc hoặc dấu nháy</translation>
    </message>
    <message>
        <source>internal error: unknown meta code in check_lookbehinds()</source>
        <translation>lỗi nội bộ: mã meta không xác định trong check_lookbehinds()</translation>
    </message>
    <message>
        <source>\N is not supported in a class</source>
        <translation>không hỗ trợ \N trong một lớp</translation>
    </message>
    <message>
        <source>callout string is too long</source>
        <translation>chuỗi callout quá dài</translation>
    </message>
    <message>
        <source>disallowed Unicode code point (&gt;= 0xd800 &amp;&amp; &lt;= 0xdfff)</source>
        <translation>điểm mã Unicode không được phép (&gt;= 0xd800 &amp;&amp; &lt;= 0xdfff)</translation>
    </message>
    <message>
        <source>using UTF is disabled by the application</source>
        <translation>ứng dụng đã tắt việc sử dụng UTF</translation>
    </message>
    <message>
        <source>using UCP is disabled by the application</source>
        <translation>ứng dụng đã tắt việc sử dụng UCP</translation>
    </message>
    <message>
        <source>name is too long in (*MARK), (*PRUNE), (*SKIP), or (*THEN)</source>
        <translation>tên quá dài trong (*MARK), (*PRUNE), (*SKIP), hoặc (*THEN)</translation>
    </message>
    <message>
        <source>character code point value in \u.... sequence is too large</source>
        <translation>giá trị điểm mã ký tự trong chuỗi \u.... quá lớn</translation>
    </message>
    <message>
        <source>digits missing in \x{} or \o{} or \N{U+}</source>
        <translation>thiếu chữ số trong \x{} hoặc \o{} hoặc \N{U+}</translation>
    </message>
    <message>
        <source>syntax error or number too big in (?(VERSION condition</source>
        <translation>lỗi cú pháp hoặc số quá lớn trong điều kiện (?(VERSION</translation>
    </message>
    <message>
        <source>internal error: unknown opcode in auto_possessify()</source>
        <translation>lỗi nội bộ: mã lệnh không xác định trong auto_possessify()</translation>
    </message>
    <message>
        <source>missing terminating delimiter for callout with string argument</source>
        <translation>thiếu dấu phân cách kết thúc cho callout có tham số chuỗi</translation>
    </message>
    <message>
        <source>unrecognized string delimiter follows (?C</source>
        <translation>dấu phân cách chuỗi không nhận dạng được sau (?C</translation>
    </message>
    <message>
        <source>using \C is disabled by the application</source>
        <translation>ứng dụng đã tắt việc sử dụng \C</translation>
    </message>
    <message>
        <source>(?| and/or (?J: or (?x: parentheses are too deeply nested</source>
        <translation>các cặp ngoặc (?| và/hoặc (?J: hoặc (?x: lồng nhau quá sâu</translation>
    </message>
    <message>
        <source>using \C is disabled in this PCRE2 library</source>
        <translation>thư viện PCRE2 này đã tắt việc sử dụng \C</translation>
    </message>
    <message>
        <source>regular expression is too complicated</source>
        <translation>biểu thức chính quy quá phức tạp</translation>
    </message>
    <message>
        <source>lookbehind assertion is too long</source>
        <translation>khẳng định nhìn lùi quá dài</translation>
    </message>
    <message>
        <source>pattern string is longer than the limit set by the application</source>
        <translation>chuỗi mẫu dài hơn giới hạn do ứng dụng đặt ra</translation>
    </message>
    <message>
        <source>internal error: unknown code in parsed pattern</source>
        <translation>lỗi nội bộ: mã không xác định trong mẫu đã phân tích</translation>
    </message>
    <message>
        <source>internal error: bad code value in parsed_skip()</source>
        <translation>lỗi nội bộ: giá trị mã sai trong parsed_skip()</translation>
    </message>
    <message>
        <source>PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES is not allowed in UTF-16 mode</source>
        <translation>không cho phép PCRE2_EXTRA_ALLOW_SURROGATE_ESCAPES ở chế độ UTF-16</translation>
    </message>
    <message>
        <source>invalid option bits with PCRE2_LITERAL</source>
        <translation>các bit tùy chọn không hợp lệ khi dùng PCRE2_LITERAL</translation>
    </message>
    <message>
        <source>\N{U+dddd} is supported only in Unicode (UTF) mode</source>
        <translation>\N{U+dddd} chỉ được hỗ trợ ở chế độ Unicode (UTF)</translation>
    </message>
    <message>
        <source>invalid hyphen in option setting</source>
        <translation>dấu gạch nối không hợp lệ trong thiết lập tùy chọn</translation>
    </message>
    <message>
        <source>(*alpha_assertion) not recognized</source>
        <translation>(*alpha_assertion) không nhận dạng được</translation>
    </message>
    <message>
        <source>script runs require Unicode support, which this version of PCRE2 does not have</source>
        <translation>script run cần hỗ trợ Unicode, nhưng phiên bản PCRE2 này không có</translation>
    </message>
    <message>
        <source>too many capturing groups (maximum 65535)</source>
        <translation>quá nhiều nhóm bắt giữ (tối đa 65535)</translation>
    </message>
    <message>
        <source>atomic assertion expected after (?( or (?(?C)</source>
        <translation>cần một khẳng định nguyên tử sau (?( hoặc (?(?C)</translation>
    </message>
    <message>
        <source>no match</source>
        <translation>không khớp</translation>
    </message>
    <message>
        <source>partial match</source>
        <translation>khớp một phần</translation>
    </message>
    <message>
        <source>UTF-8 error: 1 byte missing at end</source>
        <translation>lỗi UTF-8: thiếu 1 byte ở cuối</translation>
    </message>
    <message>
        <source>UTF-8 error: 2 bytes missing at end</source>
        <translation>lỗi UTF-8: thiếu 2 byte ở cuối</translation>
    </message>
    <message>
        <source>UTF-8 error: 3 bytes missing at end</source>
        <translation>lỗi UTF-8: thiếu 3 byte ở cuối</translation>
    </message>
    <message>
        <source>UTF-8 error: 4 bytes missing at end</source>
        <translation>lỗi UTF-8: thiếu 4 byte ở cuối</translation>
    </message>
    <message>
        <source>UTF-8 error: 5 bytes missing at end</source>
        <translation>lỗi UTF-8: thiếu 5 byte ở cuối</translation>
    </message>
    <message>
        <source>UTF-8 error: byte 2 top bits not 0x80</source>
        <translation>lỗi UTF-8: các bit cao của byte 2 không phải 0x80</translation>
    </message>
    <message>
        <source>UTF-8 error: byte 3 top bits not 0x80</source>
        <translation>lỗi UTF-8: các bit cao của byte 3 không phải 0x80</translation>
    </message>
    <message>
        <source>UTF-8 error: byte 4 top bits not 0x80</source>
        <translation>lỗi UTF-8: các bit cao của byte 4 không phải 0x80</translation>
    </message>
    <message>
        <source>UTF-8 error: byte 5 top bits not 0x80</source>
        <translation>lỗi UTF-8: các bit cao của byte 5 không phải 0x80</translation>
    </message>
    <message>
        <source>UTF-8 error: byte 6 top bits not 0x80</source>
        <translation>lỗi UTF-8: các bit cao của byte 6 không phải 0x80</translation>
    </message>
    <message>
        <source>UTF-8 error: 5-byte character is not allowed (RFC 3629)</source>
        <translation>lỗi UTF-8: không cho phép ký tự 5 byte (RFC 3629)</translation>
    </message>
    <message>
        <source>UTF-8 error: 6-byte character is not allowed (RFC 3629)</source>
        <translation>lỗi UTF-8: không cho phép ký tự 6 byte (RFC 3629)</translation>
    </message>
    <message>
        <source>UTF-8 error: code points greater than 0x10ffff are not defined</source>
        <translation>lỗi UTF-8: các điểm mã lớn hơn 0x10ffff không được định nghĩa</translation>
    </message>
    <message>
        <source>UTF-8 error: code points 0xd800-0xdfff are not defined</source>
        <translation>lỗi UTF-8: các điểm mã 0xd800-0xdfff không được định nghĩa</translation>
    </message>
    <message>
        <source>UTF-8 error: overlong 2-byte sequence</source>
        <translation>lỗi UTF-8: chuỗi 2 byte dài quá mức</translation>
    </message>
    <message>
        <source>UTF-8 error: overlong 3-byte sequence</source>
        <translation>lỗi UTF-8: chuỗi 3 byte dài quá mức</translation>
    </message>
    <message>
        <source>UTF-8 error: overlong 4-byte sequence</source>
        <translation>lỗi UTF-8: chuỗi 4 byte dài quá mức</translation>
    </message>
    <message>
        <source>UTF-8 error: overlong 5-byte sequence</source>
        <translation>lỗi UTF-8: chuỗi 5 byte dài quá mức</translation>
    </message>
    <message>
        <source>UTF-8 error: overlong 6-byte sequence</source>
        <translation>lỗi UTF-8: chuỗi 6 byte dài quá mức</translation>
    </message>
    <message>
        <source>UTF-8 error: isolated byte with 0x80 bit set</source>
        <translation>lỗi UTF-8: byte đơn lẻ có bit 0x80 được đặt</translation>
    </message>
    <message>
        <source>UTF-8 error: illegal byte (0xfe or 0xff)</source>
        <translation>lỗi UTF-8: byte không hợp lệ (0xfe hoặc 0xff)</translation>
    </message>
    <message>
        <source>UTF-16 error: missing low surrogate at end</source>
        <translation>lỗi UTF-16: thiếu surrogate thấp ở cuối</translation>
    </message>
    <message>
        <source>UTF-16 error: invalid low surrogate</source>
        <translation>lỗi UTF-16: surrogate thấp không hợp lệ</translation>
    </message>
    <message>
        <source>UTF-16 error: isolated low surrogate</source>
        <translation>lỗi UTF-16: surrogate thấp đơn lẻ</translation>
    </message>
    <message>
        <source>UTF-32 error: code points 0xd800-0xdfff are not defined</source>
        <translation>lỗi UTF-32: các điểm mã 0xd800-0xdfff không được định nghĩa</translation>
    </message>
    <message>
        <source>UTF-32 error: code points greater than 0x10ffff are not defined</source>
        <translation>lỗi UTF-32: các điểm mã lớn hơn 0x10ffff không được định nghĩa</translation>
    </message>
    <message>
        <source>bad data value</source>
        <translation>giá trị dữ liệu sai</translation>
    </message>
    <message>
        <source>patterns do not all use the same character tables</source>
        <translation>các mẫu không dùng cùng một bảng ký tự</translation>
    </message>
    <message>
        <source>magic number missing</source>
        <translation>thiếu số nhận dạng (magic number)</translation>
    </message>
    <message>
        <source>pattern compiled in wrong mode: 8/16/32-bit error</source>
        <translation>mẫu được biên dịch sai chế độ: lỗi 8/16/32-bit</translation>
    </message>
    <message>
        <source>bad offset value</source>
        <translation>giá trị độ lệch sai</translation>
    </message>
    <message>
        <source>bad option value</source>
        <translation>giá trị tùy chọn sai</translation>
    </message>
    <message>
        <source>invalid replacement string</source>
        <translation>chuỗi thay thế không hợp lệ</translation>
    </message>
    <message>
        <source>bad offset into UTF string</source>
        <translation>độ lệch sai trong chuỗi UTF</translation>
    </message>
    <message>
        <source>callout error code</source>
        <translation>mã lỗi callout</translation>
    </message>
    <message>
        <source>invalid data in workspace for DFA restart</source>
        <translation>dữ liệu không hợp lệ trong vùng làm việc để khởi động lại DFA</translation>
    </message>
    <message>
        <source>too much recursion for DFA matching</source>
        <translation>đệ quy quá nhiều khi so khớp DFA</translation>
    </message>
    <message>
        <source>backreference condition or recursion test is not supported for DFA matching</source>
        <translation>điều kiện tham chiếu ngược hoặc kiểm tra đệ quy không được hỗ trợ khi so khớp DFA</translation>
    </message>
    <message>
        <source>function is not supported for DFA matching</source>
        <translation>hàm không được hỗ trợ khi so khớp DFA</translation>
    </message>
    <message>
        <source>pattern contains an item that is not supported for DFA matching</source>
        <translation>mẫu chứa một mục không được hỗ trợ khi so khớp DFA</translation>
    </message>
    <message>
        <source>workspace size exceeded in DFA matching</source>
        <translation>vượt quá kích thước vùng làm việc khi so khớp DFA</translation>
    </message>
    <message>
        <source>internal error - pattern overwritten?</source>
        <translation>lỗi nội bộ - mẫu bị ghi đè?</translation>
    </message>
    <message>
        <source>bad JIT option</source>
        <translation>tùy chọn JIT sai</translation>
    </message>
    <message>
        <source>JIT stack limit reached</source>
        <translation>đã đạt giới hạn ngăn xếp JIT</translation>
    </message>
    <message>
        <source>match limit exceeded</source>
        <translation>vượt quá giới hạn so khớp</translation>
    </message>
    <message>
        <source>no more memory</source>
        <translation>hết bộ nhớ</translation>
    </message>
    <message>
        <source>unknown substring</source>
        <translation>chuỗi con không xác định</translation>
    </message>
    <message>
        <source>non-unique substring name</source>
        <translation>tên chuỗi con không duy nhất</translation>
    </message>
    <message>
        <source>NULL argument passed</source>
        <translation>tham số NULL được truyền vào</translation>
    </message>
    <message>
        <source>nested recursion at the same subject position</source>
        <translation>đệ quy lồng nhau tại cùng một vị trí trong chuỗi</translation>
    </message>
    <message>
        <source>matching depth limit exceeded</source>
        <translation>vượt quá giới hạn độ sâu so khớp</translation>
    </message>
    <message>
        <source>requested value is not available</source>
        <translation>giá trị được yêu cầu không có sẵn</translation>
    </message>
    <message>
        <source>requested value is not set</source>
        <translation>giá trị được yêu cầu chưa được đặt</translation>
    </message>
    <message>
        <source>offset limit set without PCRE2_USE_OFFSET_LIMIT</source>
        <translation>đặt giới hạn độ lệch mà không có PCRE2_USE_OFFSET_LIMIT</translation>
    </message>
    <message>
        <source>bad escape sequence in replacement string</source>
        <translation>chuỗi thoát sai trong chuỗi thay thế</translation>
    </message>
    <message>
        <source>expected closing curly bracket in replacement string</source>
        <translation>cần dấu đóng ngoặc nhọn trong chuỗi thay thế</translation>
    </message>
    <message>
        <source>bad substitution in replacement string</source>
        <translation>phép thay thế sai trong chuỗi thay thế</translation>
    </message>
    <message>
        <source>match with end before start or start moved backwards is not supported</source>
        <translation>không hỗ trợ khớp có điểm cuối trước điểm đầu hoặc điểm đầu lùi về sau</translation>
    </message>
    <message>
        <source>too many replacements (more than INT_MAX)</source>
        <translation>quá nhiều lần thay thế (nhiều hơn INT_MAX)</translation>
    </message>
    <message>
        <source>bad serialized data</source>
        <translation>dữ liệu tuần tự hóa sai</translation>
    </message>
    <message>
        <source>heap limit exceeded</source>
        <translation>vượt quá giới hạn heap</translation>
    </message>
    <message>
        <source>invalid syntax</source>
        <translation>cú pháp không hợp lệ</translation>
    </message>
    <message>
        <source>internal error - duplicate substitution match</source>
        <translation>lỗi nội bộ - trùng khớp thay thế lặp lại</translation>
    </message>
    <message>
        <source>PCRE2_MATCH_INVALID_UTF is not supported for DFA matching</source>
        <translation>không hỗ trợ PCRE2_MATCH_INVALID_UTF khi so khớp DFA</translation>
    </message>
</context>
<context>
    <name>QSQLiteDriver</name>
    <message>
        <source>Error opening database</source>
        <translation>Lỗi khi mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Error closing database</source>
        <translation>Lỗi khi đóng cơ sở dữ liệu</translation>
    </message>
    <message>
        <source>Unable to begin transaction</source>
        <translation>Không thể bắt đầu giao dịch</translation>
    </message>
    <message>
        <source>Unable to commit transaction</source>
        <translation>Không thể xác nhận giao dịch</translation>
    </message>
    <message>
        <source>Unable to rollback transaction</source>
        <translation>Không thể hoàn tác giao dịch</translation>
    </message>
</context>
<context>
    <name>QSQLiteResult</name>
    <message>
        <source>Unable to fetch row</source>
        <translation>Không thể lấy hàng dữ liệu</translation>
    </message>
    <message>
        <source>No query</source>
        <translation>Không có truy vấn</translation>
    </message>
    <message>
        <source>Unable to execute statement</source>
        <translation>Không thể thực thi câu lệnh</translation>
    </message>
    <message>
        <source>Unable to execute multiple statements at a time</source>
        <translation>Không thể thực thi nhiều câu lệnh cùng một lúc</translation>
    </message>
    <message>
        <source>Unable to reset statement</source>
        <translation>Không thể đặt lại câu lệnh</translation>
    </message>
    <message>
        <source>Unable to bind parameters</source>
        <translation>Không thể gắn tham số</translation>
    </message>
    <message>
        <source>Parameter count mismatch</source>
        <translation>Số lượng tham số không khớp</translation>
    </message>
</context>
<context>
    <name>QSaveFile</name>
    <message>
        <source>Existing file %1 is not writable</source>
        <translation>Không thể ghi vào tệp %1 hiện có</translation>
    </message>
    <message>
        <source>Filename refers to a directory</source>
        <translation>Tên tệp trỏ tới một thư mục</translation>
    </message>
    <message>
        <source>QSaveFile cannot open &apos;%1&apos; without direct write fallback enabled.</source>
        <translation>QSaveFile không thể mở &apos;%1&apos; khi chưa bật chế độ dự phòng ghi trực tiếp.</translation>
    </message>
    <message>
        <source>Writing canceled by application</source>
        <translation>Ứng dụng đã hủy việc ghi</translation>
    </message>
</context>
<context>
    <name>QScrollBar</name>
    <message>
        <source>Scroll here</source>
        <translation>Cuộn tới đây</translation>
    </message>
    <message>
        <source>Left edge</source>
        <translation>Mép trái</translation>
    </message>
    <message>
        <source>Top</source>
        <translation>Trên cùng</translation>
    </message>
    <message>
        <source>Right edge</source>
        <translation>Mép phải</translation>
    </message>
    <message>
        <source>Bottom</source>
        <translation>Dưới cùng</translation>
    </message>
    <message>
        <source>Page left</source>
        <translation>Trang trái</translation>
    </message>
    <message>
        <source>Page up</source>
        <translation>Trang lên</translation>
    </message>
    <message>
        <source>Page right</source>
        <translation>Trang phải</translation>
    </message>
    <message>
        <source>Page down</source>
        <translation>Trang xuống</translation>
    </message>
    <message>
        <source>Scroll left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll up</source>
        <translation>Cuộn lên</translation>
    </message>
    <message>
        <source>Scroll right</source>
        <translation>Cuộn sang phải</translation>
    </message>
    <message>
        <source>Scroll down</source>
        <translation>Cuộn xuống</translation>
    </message>
</context>
<context>
    <name>QSctpSocket</name>
    <message>
        <source>The remote host closed the connection</source>
        <translation>Máy ở xa đã đóng kết nối</translation>
    </message>
</context>
<context>
    <name>QSharedMemory</name>
    <message>
        <source>%1: already exists</source>
        <translation>%1: đã tồn tại</translation>
    </message>
    <message>
        <source>%1: doesn&apos;t exist</source>
        <translation>%1: không tồn tại</translation>
    </message>
    <message>
        <source>%1: invalid size</source>
        <translation>%1: kích thước không hợp lệ</translation>
    </message>
    <message>
        <source>%1: out of resources</source>
        <translation>%1: hết tài nguyên</translation>
    </message>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: không có quyền truy cập</translation>
    </message>
    <message>
        <source>%1: unknown error %2</source>
        <translation>%1: lỗi không xác định %2</translation>
    </message>
    <message>
        <source>%1: unable to make key</source>
        <translation>%1: không thể tạo khóa</translation>
    </message>
    <message>
        <source>%1: key error</source>
        <translation>%1: lỗi khóa</translation>
    </message>
    <message>
        <source>%1: size query failed</source>
        <translation>%1: truy vấn kích thước thất bại</translation>
    </message>
    <message>
        <source>%1: unable to set key on lock</source>
        <translation>%1: không thể đặt khóa khi khóa</translation>
    </message>
    <message>
        <source>%1: create size is less then 0</source>
        <translation>%1: kích thước tạo nhỏ hơn 0</translation>
    </message>
    <message>
        <source>%1: unable to lock</source>
        <translation>%1: không thể khóa</translation>
    </message>
    <message>
        <source>%1: unable to unlock</source>
        <translation>%1: không thể mở khóa</translation>
    </message>
    <message>
        <source>%1: key is empty</source>
        <translation>%1: khóa trống</translation>
    </message>
    <message>
        <source>%1: UNIX key file doesn&apos;t exist</source>
        <translation>%1: tệp khóa UNIX không tồn tại</translation>
    </message>
    <message>
        <source>%1: ftok failed</source>
        <translation>%1: ftok thất bại</translation>
    </message>
    <message>
        <source>%1: system-imposed size restrictions</source>
        <translation>%1: giới hạn kích thước do hệ thống áp đặt</translation>
    </message>
    <message>
        <source>%1: not attached</source>
        <translation>%1: chưa được gắn</translation>
    </message>
    <message>
        <source>%1: bad name</source>
        <translation>%1: tên không hợp lệ</translation>
    </message>
</context>
<context>
    <name>QSocks5SocketEngine</name>
    <message>
        <source>Connection to proxy refused</source>
        <translation>Kết nối tới proxy bị từ chối</translation>
    </message>
    <message>
        <source>Connection to proxy closed prematurely</source>
        <translation>Kết nối tới proxy bị đóng quá sớm</translation>
    </message>
    <message>
        <source>Proxy host not found</source>
        <translation>Không tìm thấy máy chủ proxy</translation>
    </message>
    <message>
        <source>Connection to proxy timed out</source>
        <translation>Kết nối tới proxy đã hết thời gian chờ</translation>
    </message>
    <message>
        <source>Proxy authentication failed</source>
        <translation>Xác thực proxy thất bại</translation>
    </message>
    <message>
        <source>Proxy authentication failed: %1</source>
        <translation>Xác thực proxy thất bại: %1</translation>
    </message>
    <message>
        <source>SOCKS version 5 protocol error</source>
        <translation>Lỗi giao thức SOCKS phiên bản 5</translation>
    </message>
    <message>
        <source>General SOCKSv5 server failure</source>
        <translation>Lỗi chung của máy chủ SOCKSv5</translation>
    </message>
    <message>
        <source>Connection not allowed by SOCKSv5 server</source>
        <translation>Kết nối không được máy chủ SOCKSv5 cho phép</translation>
    </message>
    <message>
        <source>TTL expired</source>
        <translation>TTL đã hết hạn</translation>
    </message>
    <message>
        <source>SOCKSv5 command not supported</source>
        <translation>Lệnh SOCKSv5 không được hỗ trợ</translation>
    </message>
    <message>
        <source>Address type not supported</source>
        <translation>Kiểu địa chỉ không được hỗ trợ</translation>
    </message>
    <message>
        <source>Unknown SOCKSv5 proxy error code 0x%1</source>
        <translation>Mã lỗi proxy SOCKSv5 không xác định 0x%1</translation>
    </message>
    <message>
        <source>Network operation timed out</source>
        <translation>Thao tác mạng đã hết thời gian chờ</translation>
    </message>
</context>
<context>
    <name>QSpiAccessibleBridge</name>
    <message>
        <source>invalid role</source>
        <extracomment>Role of an accessible object - the object is in an invalid state or could not be constructed</extracomment>
        <translation>vai trò không hợp lệ</translation>
    </message>
    <message>
        <source>title bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh tiêu đề</translation>
    </message>
    <message>
        <source>menu bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh menu</translation>
    </message>
    <message>
        <source>scroll bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh cuộn</translation>
    </message>
    <message>
        <source>grip</source>
        <extracomment>Role of an accessible object - the grip is usually used for resizing another object</extracomment>
        <translation>tay nắm</translation>
    </message>
    <message>
        <source>sound</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>âm thanh</translation>
    </message>
    <message>
        <source>cursor</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>con trỏ</translation>
    </message>
    <message>
        <source>text caret</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>dấu nháy văn bản</translation>
    </message>
    <message>
        <source>alert message</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thông báo cảnh báo</translation>
    </message>
    <message>
        <source>frame</source>
        <extracomment>Role of an accessible object: a window with frame and title
----------
Role of an accessible object</extracomment>
        <translation>khung</translation>
    </message>
    <message>
        <source>filler</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>phần đệm</translation>
    </message>
    <message>
        <source>popup menu</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>menu bật lên</translation>
    </message>
    <message>
        <source>menu item</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>mục menu</translation>
    </message>
    <message>
        <source>tool tip</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>chú giải công cụ</translation>
    </message>
    <message>
        <source>application</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>ứng dụng</translation>
    </message>
    <message>
        <source>document</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>tài liệu</translation>
    </message>
    <message>
        <source>panel</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>bảng điều khiển</translation>
    </message>
    <message>
        <source>chart</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>biểu đồ</translation>
    </message>
    <message>
        <source>dialog</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>hộp thoại</translation>
    </message>
    <message>
        <source>separator</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>dấu phân cách</translation>
    </message>
    <message>
        <source>tool bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh công cụ</translation>
    </message>
    <message>
        <source>status bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh trạng thái</translation>
    </message>
    <message>
        <source>table</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>bảng</translation>
    </message>
    <message>
        <source>column header</source>
        <extracomment>Role of an accessible object - part of a table</extracomment>
        <translation>tiêu đề cột</translation>
    </message>
    <message>
        <source>row header</source>
        <extracomment>Role of an accessible object - part of a table</extracomment>
        <translation>tiêu đề hàng</translation>
    </message>
    <message>
        <source>column</source>
        <extracomment>Role of an accessible object - part of a table</extracomment>
        <translation>cột</translation>
    </message>
    <message>
        <source>row</source>
        <extracomment>Role of an accessible object - part of a table</extracomment>
        <translation>hàng</translation>
    </message>
    <message>
        <source>cell</source>
        <extracomment>Role of an accessible object - part of a table</extracomment>
        <translation>ô</translation>
    </message>
    <message>
        <source>link</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>liên kết</translation>
    </message>
    <message>
        <source>help balloon</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>bóng trợ giúp</translation>
    </message>
    <message>
        <source>assistant</source>
        <extracomment>Role of an accessible object - a helper dialog</extracomment>
        <translation>trợ lý</translation>
    </message>
    <message>
        <source>list</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>danh sách</translation>
    </message>
    <message>
        <source>list item</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>mục danh sách</translation>
    </message>
    <message>
        <source>tree</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>cây</translation>
    </message>
    <message>
        <source>tree item</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>mục cây</translation>
    </message>
    <message>
        <source>page tab</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thẻ trang</translation>
    </message>
    <message>
        <source>property page</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>trang thuộc tính</translation>
    </message>
    <message>
        <source>indicator</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>chỉ báo</translation>
    </message>
    <message>
        <source>graphic</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>hình ảnh</translation>
    </message>
    <message>
        <source>label</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nhãn</translation>
    </message>
    <message>
        <source>text</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>văn bản</translation>
    </message>
    <message>
        <source>push button</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nút bấm</translation>
    </message>
    <message>
        <source>check box</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>hộp kiểm</translation>
    </message>
    <message>
        <source>radio button</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nút chọn</translation>
    </message>
    <message>
        <source>combo box</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>hộp kết hợp</translation>
    </message>
    <message>
        <source>progress bar</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh tiến trình</translation>
    </message>
    <message>
        <source>dial</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>núm xoay</translation>
    </message>
    <message>
        <source>hotkey field</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>ô phím tắt</translation>
    </message>
    <message>
        <source>slider</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh trượt</translation>
    </message>
    <message>
        <source>spin box</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>ô số</translation>
    </message>
    <message>
        <source>canvas</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>vùng vẽ</translation>
    </message>
    <message>
        <source>animation</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>hoạt ảnh</translation>
    </message>
    <message>
        <source>equation</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>phương trình</translation>
    </message>
    <message>
        <source>button with drop down</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nút có danh sách thả xuống</translation>
    </message>
    <message>
        <source>button menu</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nút menu</translation>
    </message>
    <message>
        <source>button with drop down grid</source>
        <extracomment>Role of an accessible object - a button that expands a grid.</extracomment>
        <translation>nút có lưới thả xuống</translation>
    </message>
    <message>
        <source>space</source>
        <extracomment>Role of an accessible object - blank space between other objects.</extracomment>
        <translation>khoảng trống</translation>
    </message>
    <message>
        <source>page tab list</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>danh sách thẻ trang</translation>
    </message>
    <message>
        <source>clock</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>đồng hồ</translation>
    </message>
    <message>
        <source>splitter</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thanh chia</translation>
    </message>
    <message>
        <source>layered pane</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>khung nhiều lớp</translation>
    </message>
    <message>
        <source>web document</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>tài liệu web</translation>
    </message>
    <message>
        <source>paragraph</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>đoạn văn</translation>
    </message>
    <message>
        <source>section</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>phần</translation>
    </message>
    <message>
        <source>color chooser</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>bộ chọn màu</translation>
    </message>
    <message>
        <source>footer</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>chân trang</translation>
    </message>
    <message>
        <source>form</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>biểu mẫu</translation>
    </message>
    <message>
        <source>heading</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>đề mục</translation>
    </message>
    <message>
        <source>note</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>ghi chú</translation>
    </message>
    <message>
        <source>complementary content</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>nội dung bổ sung</translation>
    </message>
    <message>
        <source>terminal</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>cửa sổ dòng lệnh</translation>
    </message>
    <message>
        <source>desktop</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>màn hình nền</translation>
    </message>
    <message>
        <source>notification</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>thông báo</translation>
    </message>
    <message>
        <source>unknown</source>
        <extracomment>Role of an accessible object</extracomment>
        <translation>không xác định</translation>
    </message>
</context>
<context>
    <name>QSslDiffieHellmanParameter</name>
    <message>
        <source>No error</source>
        <translation>Không có lỗi</translation>
    </message>
    <message>
        <source>Invalid input data</source>
        <translation>Dữ liệu đầu vào không hợp lệ</translation>
    </message>
    <message>
        <source>The given Diffie-Hellman parameters are deemed unsafe</source>
        <translation>Các tham số Diffie-Hellman được cung cấp bị coi là không an toàn</translation>
    </message>
</context>
<context>
    <name>QSslSocket</name>
    <message>
        <source>No error</source>
        <translation>Không có lỗi</translation>
    </message>
    <message>
        <source>The issuer certificate could not be found</source>
        <translation>Không tìm thấy chứng chỉ của bên cấp</translation>
    </message>
    <message>
        <source>The certificate signature could not be decrypted</source>
        <translation>Không thể giải mã chữ ký của chứng chỉ</translation>
    </message>
    <message>
        <source>The public key in the certificate could not be read</source>
        <translation>Không thể đọc khóa công khai trong chứng chỉ</translation>
    </message>
    <message>
        <source>The signature of the certificate is invalid</source>
        <translation>Chữ ký của chứng chỉ không hợp lệ</translation>
    </message>
    <message>
        <source>The certificate is not yet valid</source>
        <translation>Chứng chỉ chưa có hiệu lực</translation>
    </message>
    <message>
        <source>The certificate has expired</source>
        <translation>Chứng chỉ đã hết hạn</translation>
    </message>
    <message>
        <source>The certificate&apos;s notBefore field contains an invalid time</source>
        <translation>Trường notBefore của chứng chỉ chứa thời gian không hợp lệ</translation>
    </message>
    <message>
        <source>The certificate&apos;s notAfter field contains an invalid time</source>
        <translation>Trường notAfter của chứng chỉ chứa thời gian không hợp lệ</translation>
    </message>
    <message>
        <source>The certificate is self-signed, and untrusted</source>
        <translation>Chứng chỉ tự ký và không đáng tin cậy</translation>
    </message>
    <message>
        <source>The root certificate of the certificate chain is self-signed, and untrusted</source>
        <translation>Chứng chỉ gốc của chuỗi chứng chỉ là tự ký và không đáng tin cậy</translation>
    </message>
    <message>
        <source>The issuer certificate of a locally looked up certificate could not be found</source>
        <translation>Không tìm thấy chứng chỉ bên cấp của một chứng chỉ được tra cứu cục bộ</translation>
    </message>
    <message>
        <source>No certificates could be verified</source>
        <translation>Không thể xác minh chứng chỉ nào</translation>
    </message>
    <message>
        <source>One of the CA certificates is invalid</source>
        <translation>Một trong các chứng chỉ CA không hợp lệ</translation>
    </message>
    <message>
        <source>The basicConstraints path length parameter has been exceeded</source>
        <translation>Đã vượt quá tham số độ dài đường dẫn basicConstraints</translation>
    </message>
    <message>
        <source>The supplied certificate is unsuitable for this purpose</source>
        <translation>Chứng chỉ được cung cấp không phù hợp cho mục đích này</translation>
    </message>
    <message>
        <source>The root CA certificate is not trusted for this purpose</source>
        <translation>Chứng chỉ CA gốc không được tin cậy cho mục đích này</translation>
    </message>
    <message>
        <source>The root CA certificate is marked to reject the specified purpose</source>
        <translation>Chứng chỉ CA gốc được đánh dấu từ chối mục đích đã chỉ định</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its subject name did not match the issuer name of the current certificate</source>
        <translation>Chứng chỉ bên cấp ứng viên hiện tại bị từ chối vì tên chủ thể của nó không khớp với tên bên cấp của chứng chỉ hiện tại</translation>
    </message>
    <message>
        <source>The current candidate issuer certificate was rejected because its issuer name and serial number was present and did not match the authority key identifier of the current certificate</source>
        <translation>Chứng chỉ bên cấp ứng viên hiện tại bị từ chối vì tên bên cấp và số sê-ri của nó có mặt nhưng không khớp với mã định danh khóa của cơ quan cấp trong chứng chỉ hiện tại</translation>
    </message>
    <message>
        <source>The peer did not present any certificate</source>
        <translation>Máy ngang hàng không xuất trình chứng chỉ nào</translation>
    </message>
    <message>
        <source>The host name did not match any of the valid hosts for this certificate</source>
        <translation>Tên máy chủ không khớp với bất kỳ máy chủ hợp lệ nào của chứng chỉ này</translation>
    </message>
    <message>
        <source>The peer certificate is blacklisted</source>
        <translation>Chứng chỉ của máy ngang hàng nằm trong danh sách đen</translation>
    </message>
    <message>
        <source>No OCSP status response found</source>
        <translation>Không tìm thấy phản hồi trạng thái OCSP</translation>
    </message>
    <message>
        <source>The OCSP status request had invalid syntax</source>
        <translation>Yêu cầu trạng thái OCSP có cú pháp không hợp lệ</translation>
    </message>
    <message>
        <source>OCSP response contains an unexpected number of SingleResponse structures</source>
        <translation>Phản hồi OCSP chứa số lượng cấu trúc SingleResponse không mong đợi</translation>
    </message>
    <message>
        <source>OCSP responder reached an inconsistent internal state</source>
        <translation>Máy chủ phản hồi OCSP rơi vào trạng thái nội bộ không nhất quán</translation>
    </message>
    <message>
        <source>OCSP responder was unable to return a status for the requested certificate</source>
        <translation>Máy chủ phản hồi OCSP không thể trả về trạng thái cho chứng chỉ được yêu cầu</translation>
    </message>
    <message>
        <source>The server requires the client to sign the OCSP request in order to construct a response</source>
        <translation>Máy chủ yêu cầu máy khách ký yêu cầu OCSP để tạo phản hồi</translation>
    </message>
    <message>
        <source>The client is not authorized to request OCSP status from this server</source>
        <translation>Máy khách không được phép yêu cầu trạng thái OCSP từ máy chủ này</translation>
    </message>
    <message>
        <source>OCSP responder&apos;s identity cannot be verified</source>
        <translation>Không thể xác minh danh tính của máy chủ phản hồi OCSP</translation>
    </message>
    <message>
        <source>The identity of a certificate in an OCSP response cannot be established</source>
        <translation>Không thể xác lập danh tính của một chứng chỉ trong phản hồi OCSP</translation>
    </message>
    <message>
        <source>The certificate status response has expired</source>
        <translation>Phản hồi trạng thái chứng chỉ đã hết hạn</translation>
    </message>
    <message>
        <source>The certificate&apos;s status is unknown</source>
        <translation>Không xác định được trạng thái của chứng chỉ</translation>
    </message>
    <message>
        <source>Unknown error</source>
        <translation>Lỗi không xác định</translation>
    </message>
    <message>
        <source>TLS initialization failed</source>
        <translation>Khởi tạo TLS thất bại</translation>
    </message>
    <message>
        <source>Attempted to use an unsupported protocol.</source>
        <translation>Đã cố sử dụng một giao thức không được hỗ trợ.</translation>
    </message>
    <message>
        <source>Error during SSL handshake: %1</source>
        <translation>Lỗi trong quá trình bắt tay SSL: %1</translation>
    </message>
    <message>
        <source>Unable to init SSL Context: %1</source>
        <translation>Không thể khởi tạo ngữ cảnh SSL: %1</translation>
    </message>
    <message>
        <source>Unable to write data: %1</source>
        <translation>Không thể ghi dữ liệu: %1</translation>
    </message>
    <message>
        <source>Unable to decrypt data: %1</source>
        <translation>Không thể giải mã dữ liệu: %1</translation>
    </message>
    <message>
        <source>TLS certificate unexpectedly changed during renegotiation!</source>
        <translation>Chứng chỉ TLS bị thay đổi bất ngờ trong quá trình thương lượng lại!</translation>
    </message>
    <message>
        <source>The TLS/SSL connection has been closed</source>
        <translation>Kết nối TLS/SSL đã bị đóng</translation>
    </message>
    <message>
        <source>Error while reading: %1</source>
        <translation>Lỗi khi đọc: %1</translation>
    </message>
    <message>
        <source>Error creating SSL session, %1</source>
        <translation>Lỗi khi tạo phiên SSL, %1</translation>
    </message>
    <message>
        <source>Error creating SSL session: %1</source>
        <translation>Lỗi khi tạo phiên SSL: %1</translation>
    </message>
    <message>
        <source>Server-side QSslSocket does not support OCSP stapling</source>
        <translation>QSslSocket phía máy chủ không hỗ trợ OCSP stapling</translation>
    </message>
    <message>
        <source>Failed to enable OCSP stapling</source>
        <translation>Không thể bật OCSP stapling</translation>
    </message>
    <message>
        <source>Client-side sockets do not send OCSP responses</source>
        <translation>Socket phía máy khách không gửi phản hồi OCSP</translation>
    </message>
    <message>
        <source>Failed to decode OCSP response</source>
        <translation>Không thể giải mã phản hồi OCSP</translation>
    </message>
    <message>
        <source>Failed to extract basic OCSP response</source>
        <translation>Không thể trích xuất phản hồi OCSP cơ bản</translation>
    </message>
    <message>
        <source>No certificate verification store, cannot verify OCSP response</source>
        <translation>Không có kho xác minh chứng chỉ, không thể xác minh phản hồi OCSP</translation>
    </message>
    <message>
        <source>Failed to decode a SingleResponse from OCSP status response</source>
        <translation>Không thể giải mã một SingleResponse từ phản hồi trạng thái OCSP</translation>
    </message>
    <message>
        <source>Failed to extract &apos;this update time&apos; from the SingleResponse</source>
        <translation>Không thể trích xuất &apos;thời điểm cập nhật này&apos; từ SingleResponse</translation>
    </message>
    <message>
        <source>Error when setting the OpenSSL configuration (%1)</source>
        <translation>Lỗi khi thiết lập cấu hình OpenSSL (%1)</translation>
    </message>
    <message>
        <source>Error when setting the elliptic curves (%1)</source>
        <translation>Lỗi khi thiết lập các đường cong elliptic (%1)</translation>
    </message>
    <message>
        <source>Error creating SSL context (%1)</source>
        <translation>Lỗi khi tạo ngữ cảnh SSL (%1)</translation>
    </message>
    <message>
        <source>unsupported protocol</source>
        <translation>giao thức không được hỗ trợ</translation>
    </message>
    <message>
        <source>Error while setting the minimal protocol version</source>
        <translation>Lỗi khi đặt phiên bản giao thức tối thiểu</translation>
    </message>
    <message>
        <source>Error while setting the maximum protocol version</source>
        <translation>Lỗi khi đặt phiên bản giao thức tối đa</translation>
    </message>
    <message>
        <source>Invalid or empty cipher list (%1)</source>
        <translation>Danh sách bộ mã hóa không hợp lệ hoặc trống (%1)</translation>
    </message>
    <message>
        <source>Cannot provide a certificate with no key</source>
        <translation>Không thể cung cấp chứng chỉ khi không có khóa</translation>
    </message>
    <message>
        <source>Error loading local certificate, %1</source>
        <translation>Lỗi khi nạp chứng chỉ cục bộ, %1</translation>
    </message>
    <message>
        <source>Error loading private key, %1</source>
        <translation>Lỗi khi nạp khóa riêng, %1</translation>
    </message>
    <message>
        <source>Private key does not certify public key, %1</source>
        <translation>Khóa riêng không chứng thực khóa công khai, %1</translation>
    </message>
    <message>
        <source>Diffie-Hellman parameters are not valid</source>
        <translation>Các tham số Diffie-Hellman không hợp lệ</translation>
    </message>
    <message>
        <source>OpenSSL version with disabled elliptic curves</source>
        <translation>Phiên bản OpenSSL đã tắt các đường cong elliptic</translation>
    </message>
    <message>
        <source>Expecting QByteArray for %1</source>
        <translation>Cần QByteArray cho %1</translation>
    </message>
    <message>
        <source>An error occurred attempting to set %1 to %2</source>
        <translation>Đã xảy ra lỗi khi cố đặt %1 thành %2</translation>
    </message>
    <message>
        <source>Wrong value for %1 (%2)</source>
        <translation>Giá trị sai cho %1 (%2)</translation>
    </message>
    <message>
        <source>Unrecognized command %1 = %2</source>
        <translation>Lệnh không nhận dạng được %1 = %2</translation>
    </message>
    <message>
        <source>SSL_CONF_finish() failed</source>
        <translation>SSL_CONF_finish() thất bại</translation>
    </message>
    <message>
        <source>SSL_CONF_CTX_new() failed</source>
        <translation>SSL_CONF_CTX_new() thất bại</translation>
    </message>
    <message>
        <source>Insufficient memory</source>
        <translation>Không đủ bộ nhớ</translation>
    </message>
    <message>
        <source>Internal error</source>
        <translation>Lỗi nội bộ</translation>
    </message>
    <message>
        <source>An internal handle was invalid</source>
        <translation>Một handle nội bộ không hợp lệ</translation>
    </message>
    <message>
        <source>An internal token was invalid</source>
        <translation>Một token nội bộ không hợp lệ</translation>
    </message>
    <message>
        <source>Access denied</source>
        <translation>Truy cập bị từ chối</translation>
    </message>
    <message>
        <source>No authority could be contacted for authorization</source>
        <translation>Không thể liên hệ với cơ quan cấp quyền nào để xin cấp quyền</translation>
    </message>
    <message>
        <source>No credentials</source>
        <translation>Không có thông tin xác thực</translation>
    </message>
    <message>
        <source>The target is unknown or unreachable</source>
        <translation>Đích không xác định hoặc không thể truy cập</translation>
    </message>
    <message>
        <source>An unsupported function was requested</source>
        <translation>Đã yêu cầu một chức năng không được hỗ trợ</translation>
    </message>
    <message>
        <source>The hostname provided does not match the one received from the peer</source>
        <translation>Tên máy chủ được cung cấp không khớp với tên nhận được từ máy ngang hàng</translation>
    </message>
    <message>
        <source>No common protocol exists between the client and the server</source>
        <translation>Không có giao thức chung nào giữa máy khách và máy chủ</translation>
    </message>
    <message>
        <source>Unexpected or badly-formatted message received</source>
        <translation>Nhận được thông điệp không mong đợi hoặc sai định dạng</translation>
    </message>
    <message>
        <source>The data could not be encrypted</source>
        <translation>Không thể mã hóa dữ liệu</translation>
    </message>
    <message>
        <source>No cipher suites in common</source>
        <translation>Không có bộ mã hóa chung</translation>
    </message>
    <message>
        <source>The credentials were not recognized / Invalid argument</source>
        <translation>Thông tin xác thực không được nhận dạng / Tham số không hợp lệ</translation>
    </message>
    <message>
        <source>The message was tampered with, damaged or out of sequence.</source>
        <translation>Thông điệp đã bị can thiệp, bị hỏng hoặc sai thứ tự.</translation>
    </message>
    <message>
        <source>A message was received out of sequence.</source>
        <translation>Nhận được một thông điệp sai thứ tự.</translation>
    </message>
    <message>
        <source>Unknown error occurred: %1</source>
        <translation>Đã xảy ra lỗi không xác định: %1</translation>
    </message>
    <message>
        <source>Invalid protocol chosen</source>
        <translation>Giao thức được chọn không hợp lệ</translation>
    </message>
    <message>
        <source>The certificate provided cannot be used for a client.</source>
        <translation>Chứng chỉ được cung cấp không thể dùng cho máy khách.</translation>
    </message>
    <message>
        <source>The certificate provided cannot be used for a server.</source>
        <translation>Chứng chỉ được cung cấp không thể dùng cho máy chủ.</translation>
    </message>
    <message>
        <source>Server did not accept any certificate we could present.</source>
        <translation>Máy chủ không chấp nhận bất kỳ chứng chỉ nào mà chúng ta có thể xuất trình.</translation>
    </message>
    <message>
        <source>Algorithm mismatch</source>
        <translation>Thuật toán không khớp</translation>
    </message>
    <message>
        <source>Handshake failed: %1</source>
        <translation>Bắt tay thất bại: %1</translation>
    </message>
    <message>
        <source>Failed to query the TLS context: %1</source>
        <translation>Không thể truy vấn ngữ cảnh TLS: %1</translation>
    </message>
    <message>
        <source>Did not get the required attributes for the connection.</source>
        <translation>Không nhận được các thuộc tính cần thiết cho kết nối.</translation>
    </message>
    <message>
        <source>Unwanted protocol was negotiated</source>
        <translation>Đã thương lượng một giao thức không mong muốn</translation>
    </message>
    <message>
        <source>Renegotiation was unsuccessful: %1</source>
        <translation>Thương lượng lại không thành công: %1</translation>
    </message>
    <message>
        <source>Schannel failed to encrypt data: %1</source>
        <translation>Schannel không thể mã hóa dữ liệu: %1</translation>
    </message>
</context>
<context>
    <name>QStandardPaths</name>
    <message>
        <source>Home</source>
        <translation>Thư mục chính</translation>
    </message>
    <message>
        <source>Temporary Items</source>
        <extracomment>macOS: Temporary directory</extracomment>
        <translation>Mục tạm thời</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Ứng dụng</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Màn hình nền</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Tài liệu</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Phông chữ</translation>
    </message>
    <message>
        <source>Music</source>
        <translation>Nhạc</translation>
    </message>
    <message>
        <source>Movies</source>
        <translation>Phim</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Ảnh</translation>
    </message>
    <message>
        <source>Temporary Directory</source>
        <translation>Thư mục tạm</translation>
    </message>
    <message>
        <source>Application Data</source>
        <translation>Dữ liệu ứng dụng</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Bộ nhớ đệm</translation>
    </message>
    <message>
        <source>Shared Data</source>
        <translation>Dữ liệu dùng chung</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Thời gian chạy</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>Cấu hình</translation>
    </message>
    <message>
        <source>Shared Configuration</source>
        <translation>Cấu hình dùng chung</translation>
    </message>
    <message>
        <source>Shared Cache</source>
        <translation>Bộ nhớ đệm dùng chung</translation>
    </message>
    <message>
        <source>Download</source>
        <translation>Tải xuống</translation>
    </message>
    <message>
        <source>Application Configuration</source>
        <translation>Cấu hình ứng dụng</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Công khai</translation>
    </message>
    <message>
        <source>Templates</source>
        <translation>Mẫu</translation>
    </message>
</context>
<context>
    <name>QSystemSemaphore</name>
    <message>
        <source>%1: permission denied</source>
        <translation>%1: không có quyền truy cập</translation>
    </message>
    <message>
        <source>%1: already exists</source>
        <translation>%1: đã tồn tại</translation>
    </message>
    <message>
        <source>%1: does not exist</source>
        <translation>%1: không tồn tại</translation>
    </message>
    <message>
        <source>%1: out of resources</source>
        <translation>%1: hết tài nguyên</translation>
    </message>
    <message>
        <source>%1: key too long</source>
        <translation>%1: khóa quá dài</translation>
    </message>
    <message>
        <source>%1: unknown error %2</source>
        <translation>%1: lỗi không xác định %2</translation>
    </message>
    <message>
        <source>%1: System V semaphores are not available for sandboxed applications. Please build Qt with -feature-ipc_posix</source>
        <translation>%1: Semaphore System V không khả dụng cho các ứng dụng chạy trong sandbox. Vui lòng biên dịch Qt với -feature-ipc_posix</translation>
    </message>
    <message>
        <source>%1: key is empty</source>
        <translation>%1: khóa trống</translation>
    </message>
    <message>
        <source>%1: unable to make key</source>
        <translation>%1: không thể tạo khóa</translation>
    </message>
    <message>
        <source>%1: ftok failed</source>
        <translation>%1: ftok thất bại</translation>
    </message>
</context>
<context>
    <name>QTabBar</name>
    <message>
        <source>Scroll Left</source>
        <translation>Cuộn sang trái</translation>
    </message>
    <message>
        <source>Scroll Right</source>
        <translation>Cuộn sang phải</translation>
    </message>
</context>
<context>
    <name>QTcpServer</name>
    <message>
        <source>Operation on socket is not supported</source>
        <translation>Thao tác này không được hỗ trợ trên socket</translation>
    </message>
</context>
<context>
    <name>QUdpSocket</name>
    <message>
        <source>Unable to send a datagram</source>
        <translation>Không thể gửi datagram</translation>
    </message>
    <message>
        <source>No datagram available for reading</source>
        <translation>Không có datagram nào để đọc</translation>
    </message>
</context>
<context>
    <name>QUndoGroup</name>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>Default text for undo action</comment>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
    <message>
        <source>Redo</source>
        <comment>Default text for redo action</comment>
        <translation>Làm lại</translation>
    </message>
</context>
<context>
    <name>QUnicodeControlCharacterMenu</name>
    <message>
        <source>LRM Left-to-right mark</source>
        <translation>LRM Dấu trái sang phải</translation>
    </message>
    <message>
        <source>RLM Right-to-left mark</source>
        <translation>RLM Dấu phải sang trái</translation>
    </message>
    <message>
        <source>ZWJ Zero width joiner</source>
        <translation>ZWJ Ký tự nối độ rộng bằng không</translation>
    </message>
    <message>
        <source>ZWNJ Zero width non-joiner</source>
        <translation>ZWNJ Ký tự không nối độ rộng bằng không</translation>
    </message>
    <message>
        <source>ZWSP Zero width space</source>
        <translation>ZWSP Khoảng trắng độ rộng bằng không</translation>
    </message>
    <message>
        <source>LRE Start of left-to-right embedding</source>
        <translation>LRE Bắt đầu nhúng trái sang phải</translation>
    </message>
    <message>
        <source>RLE Start of right-to-left embedding</source>
        <translation>RLE Bắt đầu nhúng phải sang trái</translation>
    </message>
    <message>
        <source>LRO Start of left-to-right override</source>
        <translation>LRO Bắt đầu ghi đè trái sang phải</translation>
    </message>
    <message>
        <source>RLO Start of right-to-left override</source>
        <translation>RLO Bắt đầu ghi đè phải sang trái</translation>
    </message>
    <message>
        <source>PDF Pop directional formatting</source>
        <translation>PDF Kết thúc định dạng hướng</translation>
    </message>
    <message>
        <source>LRI Left-to-right isolate</source>
        <translation>LRI Cô lập trái sang phải</translation>
    </message>
    <message>
        <source>RLI Right-to-left isolate</source>
        <translation>RLI Cô lập phải sang trái</translation>
    </message>
    <message>
        <source>FSI First strong isolate</source>
        <translation>FSI Cô lập theo ký tự mạnh đầu tiên</translation>
    </message>
    <message>
        <source>PDI Pop directional isolate</source>
        <translation>PDI Kết thúc cô lập hướng</translation>
    </message>
    <message>
        <source>Insert Unicode control character</source>
        <translation>Chèn ký tự điều khiển Unicode</translation>
    </message>
</context>
<context>
    <name>QWhatsThisAction</name>
    <message>
        <source>What&apos;s This?</source>
        <translation>Đây là gì?</translation>
    </message>
</context>
<context>
    <name>QWidget</name>
    <message>
        <source>*</source>
        <translation>*</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cắ&amp;t</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QWindowsDirect2DIntegration</name>
    <message>
        <source>Qt cannot load the direct2d platform plugin because the Direct2D version on this system is too old. The minimum system requirement for this platform plugin is Windows 7 SP1 with Platform Update.

The minimum Direct2D version required is %1. The Direct2D version on this system is %2.</source>
        <translation>Qt không thể nạp plugin nền tảng direct2d vì phiên bản Direct2D trên hệ thống này quá cũ. Yêu cầu hệ thống tối thiểu cho plugin nền tảng này là Windows 7 SP1 kèm Platform Update.

Phiên bản Direct2D tối thiểu cần có là %1. Phiên bản Direct2D trên hệ thống này là %2.</translation>
    </message>
    <message>
        <source>Cannot load direct2d platform plugin</source>
        <translation>Không thể nạp plugin nền tảng direct2d</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Tiếp</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>T&amp;rợ giúp</translation>
    </message>
</context>
<context>
    <name>QXmlStream</name>
    <message>
        <source>Extra content at end of document.</source>
        <translation>Có nội dung thừa ở cuối tài liệu.</translation>
    </message>
    <message>
        <source>Invalid entity value.</source>
        <translation>Giá trị thực thể không hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid XML character.</source>
        <translation>Ký tự XML không hợp lệ.</translation>
    </message>
    <message>
        <source>Sequence &apos;]]&gt;&apos; not allowed in content.</source>
        <translation>Không cho phép chuỗi &apos;]]&gt;&apos; trong nội dung.</translation>
    </message>
    <message>
        <source>Encountered incorrectly encoded content.</source>
        <translation>Gặp nội dung được mã hóa không đúng.</translation>
    </message>
    <message>
        <source>Namespace prefix &apos;%1&apos; not declared</source>
        <translation>Tiền tố không gian tên &apos;%1&apos; chưa được khai báo</translation>
    </message>
    <message>
        <source>Illegal namespace declaration.</source>
        <translation>Khai báo không gian tên không hợp lệ.</translation>
    </message>
    <message>
        <source>Attribute &apos;%1&apos; redefined.</source>
        <translation>Thuộc tính &apos;%1&apos; bị định nghĩa lại.</translation>
    </message>
    <message>
        <source>Unexpected character &apos;%1&apos; in public id literal.</source>
        <translation>Ký tự không mong đợi &apos;%1&apos; trong chuỗi định danh công khai.</translation>
    </message>
    <message>
        <source>Invalid XML version string.</source>
        <translation>Chuỗi phiên bản XML không hợp lệ.</translation>
    </message>
    <message>
        <source>Unsupported XML version.</source>
        <translation>Phiên bản XML không được hỗ trợ.</translation>
    </message>
    <message>
        <source>The standalone pseudo attribute must appear after the encoding.</source>
        <translation>Thuộc tính giả standalone phải xuất hiện sau encoding.</translation>
    </message>
    <message>
        <source>%1 is an invalid encoding name.</source>
        <translation>%1 là tên bảng mã không hợp lệ.</translation>
    </message>
    <message>
        <source>Encoding %1 is unsupported</source>
        <translation>Bảng mã %1 không được hỗ trợ</translation>
    </message>
    <message>
        <source>Standalone accepts only yes or no.</source>
        <translation>Standalone chỉ chấp nhận yes hoặc no.</translation>
    </message>
    <message>
        <source>Invalid attribute in XML declaration.</source>
        <translation>Thuộc tính không hợp lệ trong khai báo XML.</translation>
    </message>
    <message>
        <source>Premature end of document.</source>
        <translation>Tài liệu kết thúc sớm.</translation>
    </message>
    <message>
        <source>Invalid document.</source>
        <translation>Tài liệu không hợp lệ.</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <comment>expected</comment>
        <extracomment>&apos;&lt;first option&gt;&apos;</extracomment>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 or &apos;%2&apos;</source>
        <comment>expected</comment>
        <extracomment>&lt;first option&gt;, &apos;&lt;second option&gt;&apos;</extracomment>
        <translation>%1 hoặc &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1, &apos;%2&apos;</source>
        <comment>expected</comment>
        <extracomment>&lt;options so far&gt;, &apos;&lt;next option&gt;&apos;</extracomment>
        <translation>%1, &apos;%2&apos;</translation>
    </message>
    <message>
        <source>%1, or &apos;%2&apos;</source>
        <comment>expected</comment>
        <extracomment>&lt;options so far&gt;, or &apos;&lt;final option&gt;&apos;</extracomment>
        <translation>%1, hoặc &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Expected %1, but got &apos;%2&apos;.</source>
        <translation>Cần %1, nhưng lại nhận được &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>Unexpected &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; không mong đợi.</translation>
    </message>
    <message>
        <source>Expected character data.</source>
        <translation>Cần dữ liệu ký tự.</translation>
    </message>
    <message>
        <source>Self-referencing entity detected.</source>
        <translation>Phát hiện thực thể tự tham chiếu.</translation>
    </message>
    <message>
        <source>Entity expands to more characters than the entity expansion limit.</source>
        <translation>Thực thể mở rộng thành nhiều ký tự hơn giới hạn mở rộng thực thể.</translation>
    </message>
    <message>
        <source>Start tag expected.</source>
        <translation>Cần thẻ mở.</translation>
    </message>
    <message>
        <source>NDATA in parameter entity declaration.</source>
        <translation>NDATA trong khai báo thực thể tham số.</translation>
    </message>
    <message>
        <source>XML declaration not at start of document.</source>
        <translation>Khai báo XML không nằm ở đầu tài liệu.</translation>
    </message>
    <message>
        <source>%1 is an invalid processing instruction name.</source>
        <translation>%1 là tên chỉ thị xử lý không hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid processing instruction name.</source>
        <translation>Tên chỉ thị xử lý không hợp lệ.</translation>
    </message>
    <message>
        <source>%1 is an invalid PUBLIC identifier.</source>
        <translation>%1 là định danh PUBLIC không hợp lệ.</translation>
    </message>
    <message>
        <source>Invalid XML name.</source>
        <translation>Tên XML không hợp lệ.</translation>
    </message>
    <message>
        <source>Opening and ending tag mismatch.</source>
        <translation>Thẻ mở và thẻ đóng không khớp.</translation>
    </message>
    <message>
        <source>Entity &apos;%1&apos; not declared.</source>
        <translation>Thực thể &apos;%1&apos; chưa được khai báo.</translation>
    </message>
    <message>
        <source>Reference to unparsed entity &apos;%1&apos;.</source>
        <translation>Tham chiếu tới thực thể chưa phân tích &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Reference to external entity &apos;%1&apos; in attribute value.</source>
        <translation>Tham chiếu tới thực thể bên ngoài &apos;%1&apos; trong giá trị thuộc tính.</translation>
    </message>
    <message>
        <source>Invalid character reference.</source>
        <translation>Tham chiếu ký tự không hợp lệ.</translation>
    </message>
</context>
<context>
    <name>quiaccessibilityelement</name>
    <message>
        <source>checked</source>
        <translation>đã chọn</translation>
    </message>
    <message>
        <source>unchecked</source>
        <translation>chưa chọn</translation>
    </message>
</context>
</TS>
