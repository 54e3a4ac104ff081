package vn.cchc.tracker.province.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.tracker.province.Province;
import vn.cchc.tracker.province.ProvinceService;
import vn.cchc.tracker.support.web.ApiDocs;

@RestController
@RequestMapping("/api/v1/provinces")
@Tag(name = "Provinces", description = "Administrative units by GSO code, with their periods and successors")
class ProvinceApiController {

    private final ProvinceService provinces;

    ProvinceApiController(ProvinceService provinces) {
        this.provinces = provinces;
    }

    @GetMapping
    @Operation(
            operationId = "listProvinces",
            summary = "Every administrative unit",
            description = """
                    Every province or centrally-run city for each period it existed under one name and kind, ordered \
                    by code then start date. A GSO code can carry over to a successor (Thừa Thiên Huế → Huế, both 46), \
                    so the code alone does not identify a unit; `successorCode` names where a unit went.""",
            parameters =
                    @Parameter(
                            name = "lang",
                            in = ParameterIn.QUERY,
                            description = ApiDocs.LANG_DESCRIPTION,
                            example = "en",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"vi", "en"})),
            responses =
                    @ApiResponse(
                            responseCode = "200",
                            description = "The units",
                            content =
                                    @Content(
                                            mediaType = "application/json",
                                            array = @ArraySchema(schema = @Schema(implementation = ProvinceJson.class)),
                                            examples = @ExampleObject(name = "Đắk Nông", value = """
                            [{"code":"67","name":"Đắk Nông","kind":"PROVINCE","validFrom":"2004-01-01",\
                            "validTo":"2025-06-30","successorCode":"68","successorName":"Lâm Đồng",\
                            "changeNote":"Hợp nhất vào tỉnh Lâm Đồng từ 1/7/2025."}]"""))))
    List<ProvinceJson> list() {
        return provinces.allUnits().stream().map(ProvinceJson::of).toList();
    }

    record ProvinceJson(
            String code,
            String name,
            String kind,
            LocalDate validFrom,
            LocalDate validTo,
            String successorCode,
            String successorName,
            String changeNote) {

        static ProvinceJson of(Province p) {
            Province s = p.getSuccessor();
            return new ProvinceJson(
                    p.getCode(),
                    p.getNameVi(),
                    p.getKind().name(),
                    p.getValidFrom(),
                    p.getValidTo(),
                    s == null ? null : s.getCode(),
                    s == null ? null : s.getNameVi(),
                    p.getChangeNote());
        }
    }
}
