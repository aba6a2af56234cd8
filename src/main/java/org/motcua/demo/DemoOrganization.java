package org.motcua.demo;

import java.time.LocalDate;
import java.util.Set;

import org.motcua.organization.AgencyKind;
import org.motcua.organization.Caller;
import org.motcua.organization.Organization;
import org.motcua.organization.Role;
import org.motcua.organization.UnitCommands.NewAgency;
import org.motcua.organization.UnitCommands.NewCounter;
import org.motcua.organization.UnitCommands.NewDesk;
import org.motcua.organization.UnitCommands.NewOfficial;
import org.motcua.organization.UnitCommands.NewUnit;
import org.motcua.organization.UnitCommands.UnitChange;
import org.motcua.security.Credentials;
import org.springframework.stereotype.Component;

/**
 * Demo organisation of Nghệ An province (level-1 code H41, Decision 20/2020/QĐ-TTg): the former districts
 * Đô Lương and Tân Kỳ (valid until 30 June 2025, when Law 72/2025/QH15 ended district-level government),
 * some of their former communes, and post-2025 communes that succeed them.
 * <p>
 * Real: the province, the two districts and the names of their former communes (public lists of the
 * districts' communes). Illustrative, and labelled so in each unit's note: the codes below the province
 * (H41.20 …), which commune succeeds which, the agencies' codes and all officials (fictional people).
 */
@Component
class DemoOrganization {

	static final String PASSWORD = "Demo@2026";
	static final LocalDate OLD_FROM = LocalDate.of(2000, 1, 1);
	static final LocalDate OLD_TO = LocalDate.of(2025, 6, 30);
	static final LocalDate NEW_FROM = LocalDate.of(2025, 7, 1);
	static final String ILLUSTRATIVE = "Dữ liệu minh họa (demo): mã và quan hệ kế thừa chưa đối chiếu với văn bản chính thức";

	private final Organization organization;
	private final Credentials credentials;

	DemoOrganization(Organization organization, Credentials credentials) {
		this.organization = organization;
		this.credentials = credentials;
	}

	void load() {
		Caller sys = Caller.system();
		unit(sys, "H41", "Tỉnh Nghệ An", "PROVINCE", null, OLD_FROM, "UBND tỉnh Nghệ An, mã cấp 1 H41 (Quyết định 20/2020/QĐ-TTg)");

		// former districts (abolished 1 July 2025)
		unit(sys, "H41.20", "Huyện Đô Lương", "DISTRICT", "H41", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.21", "Huyện Tân Kỳ", "DISTRICT", "H41", OLD_FROM, ILLUSTRATIVE);

		// some former communes
		unit(sys, "H41.20.21", "Thị trấn Đô Lương", "COMMUNE", "H41.20", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.20.22", "Xã Đà Sơn", "COMMUNE", "H41.20", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.20.23", "Xã Lạc Sơn", "COMMUNE", "H41.20", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.20.24", "Xã Trung Sơn", "COMMUNE", "H41.20", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.20.25", "Xã Thuận Sơn", "COMMUNE", "H41.20", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.21.21", "Thị trấn Tân Kỳ", "COMMUNE", "H41.21", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.21.22", "Xã Kỳ Tân", "COMMUNE", "H41.21", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.21.23", "Xã Kỳ Sơn", "COMMUNE", "H41.21", OLD_FROM, ILLUSTRATIVE);
		unit(sys, "H41.21.24", "Xã Nghĩa Hành", "COMMUNE", "H41.21", OLD_FROM, ILLUSTRATIVE);

		// post-2025 communes directly under the province (two-tier local government)
		unit(sys, "H41.50", "Xã Đô Lương", "COMMUNE", "H41", NEW_FROM, ILLUSTRATIVE);
		unit(sys, "H41.51", "Xã Thuần Trung", "COMMUNE", "H41", NEW_FROM, ILLUSTRATIVE);
		unit(sys, "H41.52", "Xã Tân Kỳ", "COMMUNE", "H41", NEW_FROM, ILLUSTRATIVE);
		unit(sys, "H41.53", "Xã Nghĩa Hành", "COMMUNE", "H41", NEW_FROM, ILLUSTRATIVE);

		close(sys, "H41.20", null, "Huyện Đô Lương — chấm dứt hoạt động cấp huyện từ 01/7/2025 (Luật 72/2025/QH15). " + ILLUSTRATIVE);
		close(sys, "H41.21", null, "Huyện Tân Kỳ — chấm dứt hoạt động cấp huyện từ 01/7/2025 (Luật 72/2025/QH15). " + ILLUSTRATIVE);
		close(sys, "H41.20.21", "H41.50", ILLUSTRATIVE);
		close(sys, "H41.20.22", "H41.50", ILLUSTRATIVE);
		close(sys, "H41.20.23", "H41.50", ILLUSTRATIVE);
		close(sys, "H41.20.24", "H41.51", ILLUSTRATIVE);
		close(sys, "H41.20.25", "H41.51", ILLUSTRATIVE);
		close(sys, "H41.21.21", "H41.52", ILLUSTRATIVE);
		close(sys, "H41.21.22", "H41.52", ILLUSTRATIVE);
		close(sys, "H41.21.23", "H41.53", ILLUSTRATIVE);
		close(sys, "H41.21.24", "H41.53", ILLUSTRATIVE);

		// agencies of the People's Committees
		agency(sys, "H41", "H41.01", "000.00.01.H41", "Văn phòng UBND tỉnh Nghệ An", AgencyKind.OFFICE);
		agency(sys, "H41", "H41.05", null, "Sở Nội vụ tỉnh Nghệ An", AgencyKind.DEPARTMENT);
		agency(sys, "H41", "H41.09", null, "Thanh tra tỉnh Nghệ An", AgencyKind.DEPARTMENT);
		agency(sys, "H41", "H41.07", null, "Sở Nông nghiệp và Môi trường tỉnh Nghệ An", AgencyKind.DEPARTMENT);
		agency(sys, "H41", "H41.40", null, "Trung tâm Phục vụ hành chính công tỉnh Nghệ An", AgencyKind.PUBLIC_SERVICE_CENTER);
		for (String[] d : new String[][] { { "H41.20", "Đô Lương" }, { "H41.21", "Tân Kỳ" } }) {
			String c = d[0];
			String n = d[1];
			agency(sys, c, c + ".01", "000.01." + c.substring(4) + ".H41", "Văn phòng HĐND và UBND huyện " + n, AgencyKind.OFFICE);
			agency(sys, c, c + ".02", null, "Phòng Tư pháp huyện " + n, AgencyKind.DEPARTMENT);
			agency(sys, c, c + ".03", null, "Phòng Tài nguyên và Môi trường huyện " + n, AgencyKind.DEPARTMENT);
			agency(sys, c, c + ".04", null, "Phòng Lao động - Thương binh và Xã hội huyện " + n, AgencyKind.DEPARTMENT);
			agency(sys, c, c + ".05", null, "Phòng Kinh tế và Hạ tầng huyện " + n, AgencyKind.DEPARTMENT);
			agency(sys, c, c + ".06", null, "Phòng Tài chính - Kế hoạch huyện " + n, AgencyKind.DEPARTMENT);
			desk(sys, c, c + ".01.01", "Bộ phận Một cửa huyện " + n, "Trụ sở UBND huyện " + n + ", tỉnh Nghệ An", 4);
		}
		for (String[] u : new String[][] { { "H41.20.21", "thị trấn Đô Lương" }, { "H41.20.22", "xã Đà Sơn" },
				{ "H41.21.21", "thị trấn Tân Kỳ" }, { "H41.50", "xã Đô Lương" }, { "H41.51", "xã Thuần Trung" },
				{ "H41.52", "xã Tân Kỳ" }, { "H41.53", "xã Nghĩa Hành" } }) {
			agency(sys, u[0], u[0] + ".01", null, "UBND " + u[1], AgencyKind.PEOPLES_COMMITTEE);
			boolean postReform = u[0].startsWith("H41.5");
			desk(sys, u[0], u[0] + ".01.01", (postReform ? "Trung tâm Phục vụ hành chính công " : "Bộ phận Một cửa ") + u[1],
					"Trụ sở UBND " + u[1], postReform ? 3 : 2);
		}
		desk(sys, "H41", "H41.40.01", "Trung tâm Phục vụ hành chính công tỉnh Nghệ An", "16 Trường Thi, phường Trường Vinh, tỉnh Nghệ An", 6);

		// demo officials (fictional people), all with the password Demo@2026
		official(sys, "admin", "Quản trị hệ thống (demo)", "Quản trị viên hệ thống", "H41", "H41.01", Role.SYSTEM_ADMIN);
		official(sys, "quantri.doluong", "Hồ Văn Quân (demo)", "Quản trị đơn vị", "H41.20", "H41.20.01", Role.UNIT_ADMIN);
		official(sys, "tiepnhan.doluong", "Nguyễn Thị Hoa (demo)", "Công chức tiếp nhận, Bộ phận Một cửa huyện Đô Lương", "H41.20", "H41.20.01", Role.ONE_STOP_CLERK);
		official(sys, "chuyenvien.doluong", "Trần Văn Bình (demo)", "Chuyên viên Phòng Tài nguyên và Môi trường", "H41.20", "H41.20.03", Role.SPECIALIST);
		official(sys, "truongphong.doluong", "Lê Văn Cường (demo)", "Trưởng phòng Tài nguyên và Môi trường", "H41.20", "H41.20.03", Role.UNIT_HEAD);
		official(sys, "chutich.doluong", "Phạm Văn Dũng (demo)", "Chủ tịch UBND huyện Đô Lương", "H41.20", "H41.20.01", Role.LEADER);
		official(sys, "tiepnhan.tanky", "Võ Thị Lan (demo)", "Công chức tiếp nhận, Bộ phận Một cửa huyện Tân Kỳ", "H41.21", "H41.21.01", Role.ONE_STOP_CLERK);
		official(sys, "chuyenvien.tanky", "Đặng Văn Minh (demo)", "Chuyên viên Phòng Tư pháp", "H41.21", "H41.21.02", Role.SPECIALIST);
		official(sys, "chutich.tanky", "Hoàng Văn Nam (demo)", "Chủ tịch UBND huyện Tân Kỳ", "H41.21", "H41.21.01", Role.LEADER);
		official(sys, "tiepnhan.xa.doluong", "Bùi Thị Oanh (demo)", "Công chức Văn phòng - Thống kê, thị trấn Đô Lương", "H41.20.21", "H41.20.21.01", Role.ONE_STOP_CLERK);
		official(sys, "cchc.nghean", "Ngô Thị Phương (demo)", "Chuyên viên cải cách hành chính, Sở Nội vụ", "H41", "H41.05", Role.REFORM_OFFICER);
		official(sys, "kiemtra.nghean", "Đỗ Văn Quang (demo)", "Thanh tra viên, Thanh tra tỉnh", "H41", "H41.09", Role.INSPECTOR);
		// since 1 July 2025: a commune of the two-tier local government and the province's service centre
		official(sys, "tiepnhan.xadoluong", "Lê Thị Thu (demo)", "Công chức tiếp nhận, Trung tâm Phục vụ hành chính công xã Đô Lương", "H41.50", "H41.50.01", Role.ONE_STOP_CLERK);
		official(sys, "congchuc.xadoluong", "Nguyễn Văn Sơn (demo)", "Công chức Phòng Kinh tế, xã Đô Lương", "H41.50", "H41.50.01", Role.SPECIALIST);
		official(sys, "chutich.xadoluong", "Trần Văn Tâm (demo)", "Chủ tịch UBND xã Đô Lương", "H41.50", "H41.50.01", Role.LEADER);
		official(sys, "tiepnhan.nghean", "Phan Thị Uyên (demo)", "Công chức tiếp nhận, Trung tâm Phục vụ hành chính công tỉnh", "H41", "H41.40", Role.ONE_STOP_CLERK);
		official(sys, "chuyenvien.nghean", "Vũ Văn Việt (demo)", "Chuyên viên, Sở Nông nghiệp và Môi trường", "H41", "H41.07", Role.SPECIALIST);
		official(sys, "truongphong.nghean", "Lý Văn Xuân (demo)", "Trưởng phòng Quản lý đất đai, Sở Nông nghiệp và Môi trường", "H41", "H41.07", Role.UNIT_HEAD);
		// heads who sign reform commitments: an office head and commune chairmen of the former districts, the province's chairman
		official(sys, "truongphong.tanky", "Phan Văn Hùng (demo)", "Trưởng phòng Tư pháp huyện Tân Kỳ", "H41.21", "H41.21.02", Role.UNIT_HEAD);
		official(sys, "chutich.xadason", "Lê Văn Kiên (demo)", "Chủ tịch UBND xã Đà Sơn", "H41.20.22", "H41.20.22.01", Role.LEADER);
		official(sys, "chutich.thitrantanky", "Nguyễn Văn Lực (demo)", "Chủ tịch UBND thị trấn Tân Kỳ", "H41.21.21", "H41.21.21.01", Role.LEADER);
		official(sys, "chutich.nghean", "Võ Văn Mạnh (demo)", "Chủ tịch UBND tỉnh Nghệ An", "H41", "H41.01", Role.LEADER);
	}

	private void unit(Caller sys, String code, String name, String level, String parent, LocalDate from, String note) {
		organization.createUnit(sys, new NewUnit(code, name, level, parent, from, note));
	}

	private void close(Caller sys, String code, String successor, String note) {
		var u = organization.unit(sys, code);
		organization.updateUnit(sys, code, new UnitChange(u.name(), u.parentCode(), u.validFrom(), OLD_TO, successor, note, u.version()));
	}

	private void agency(Caller sys, String unit, String code, String legacy, String name, AgencyKind kind) {
		organization.createAgency(sys, new NewAgency(unit, code, legacy, name, kind));
	}

	private void desk(Caller sys, String unit, String code, String name, String address, int counters) {
		organization.createDesk(sys, new NewDesk(unit, code, name, address));
		for (int i = 1; i <= counters; i++) {
			organization.addCounter(sys, code, new NewCounter(i, "Quầy " + i));
		}
	}

	private void official(Caller sys, String username, String name, String position, String unit, String agency, Role role) {
		organization.createOfficial(sys, new NewOfficial(username, name, position, unit, agency, null, null, Set.of(role)));
		credentials.seed(username, PASSWORD, false);
	}
}
